import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';

interface Props {
  option: EChartsCoreOption;
  /** What the chart shows, in words (its figures are in the table beside it). */
  label: string;
  /** Sets the chart's height (a CSS class: the content security policy allows no inline styles). */
  size?: 'short' | 'tall';
}

const SWATCHES = ['primary', 'success', 'warning', 'text', 'muted', 'border'] as const;
type Swatch = (typeof SWATCHES)[number];

/**
 * The theme's colours as the browser resolves them (light or dark), read from swatches coloured by
 * the theme's custom properties: the properties themselves hold light-dark() pairs.
 */
function themeOf(swatches: HTMLElement): EChartsCoreOption {
  // Fallbacks only for a browser that resolves no colour (a test's DOM).
  const color = (name: Swatch) => {
    const swatch = swatches.querySelector(`.echart__swatch--${name}`);
    return (swatch && getComputedStyle(swatch).color) || '#52606d';
  };
  return {
    color: [color('primary'), color('success'), color('warning')],
    textStyle: { color: color('text'), fontFamily: getComputedStyle(swatches).fontFamily },
    categoryAxis: { axisLine: { lineStyle: { color: color('border') } }, axisLabel: { color: color('muted') } },
    valueAxis: { splitLine: { lineStyle: { color: color('border') } }, axisLabel: { color: color('muted') } },
  };
}

/**
 * A chart drawn by Apache ECharts on a canvas (no inline styles or markup, so the content security
 * policy holds; tooltips are drawn on the canvas too). ECharts loads with the first chart shown, a
 * chunk of its own; a chart is drawn once its box comes near the viewport, and follows its size. Hidden from assistive technology but for its
 * label: the table view has the figures.
 */
export function EChart({ option, label, size = 'short' }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const swatches = useRef<HTMLSpanElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    let visible: IntersectionObserver | undefined;
    // Each chart is drawn in a task of its own, so several on a page never block input together.
    const draw = () =>
      import('../charts/echarts').then(({ echarts }) =>
        setTimeout(() => {
          const element = host.current;
          if (disposed || !element || !swatches.current) return;
          const instance = echarts.init(element, undefined, { renderer: 'canvas' });
          instance.setOption({ ...themeOf(swatches.current), ...latest.current });
          chart.current = instance;
          if (typeof ResizeObserver !== 'undefined') {
            observer = new ResizeObserver(() => instance.resize());
            observer.observe(element);
          }
        }, 0),
      );
    // A chart below the fold is drawn when it comes near: nobody waits for what they do not see.
    if (typeof IntersectionObserver === 'undefined' || !host.current) {
      void draw();
    } else {
      visible = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            visible?.disconnect();
            void draw();
          }
        },
        { rootMargin: '200px' },
      );
      visible.observe(host.current);
    }
    return () => {
      disposed = true;
      visible?.disconnect();
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (chart.current && swatches.current)
      chart.current.setOption({ ...themeOf(swatches.current), ...option }, { notMerge: true });
  }, [option]);

  return (
    <div className="echart-frame">
      <div ref={host} className={`echart echart--${size}`} role="img" aria-label={label} />
      <span ref={swatches} className="echart__swatches" aria-hidden="true">
        {SWATCHES.map((name) => (
          <span key={name} className={`echart__swatch echart__swatch--${name}`} />
        ))}
      </span>
    </div>
  );
}

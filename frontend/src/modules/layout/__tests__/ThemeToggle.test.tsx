import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_STORAGE_KEY } from '@/ui/theme/themePreference';
import { ThemeToggle } from '../components/ThemeToggle';

function systemIs(scheme: 'light' | 'dark') {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && scheme === 'dark',
    media: query,
  }));
}

const html = document.documentElement;

describe('ThemeToggle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
    html.removeAttribute('data-theme');
  });

  it('says the system theme applies until one is chosen', () => {
    systemIs('light');
    render(<ThemeToggle />);
    expect(screen.getByRole('button', { name: 'Theme: System' })).toHaveAttribute('title', 'Switch to the dark theme');
    expect(html).not.toHaveAttribute('data-theme');
  });

  it('cycles dark, light, system on a light system, storing each choice', async () => {
    systemIs('light');
    render(<ThemeToggle />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Theme: System' }));
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    await user.click(screen.getByRole('button', { name: 'Theme: Dark' }));
    expect(html).toHaveAttribute('data-theme', 'light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');

    await user.click(screen.getByRole('button', { name: 'Theme: Light' }));
    expect(html).not.toHaveAttribute('data-theme');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(screen.getByRole('button', { name: 'Theme: System' })).toBeInTheDocument();
  });

  it('offers light first on a dark system', async () => {
    systemIs('dark');
    render(<ThemeToggle />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Theme: System' }));
    expect(html).toHaveAttribute('data-theme', 'light');
  });

  it('starts from the stored choice', () => {
    systemIs('light');
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    render(<ThemeToggle />);
    expect(screen.getByRole('button', { name: 'Theme: Dark' })).toBeInTheDocument();
  });

  it('works from the keyboard', async () => {
    systemIs('light');
    render(<ThemeToggle />);
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Theme: System' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(html).toHaveAttribute('data-theme', 'dark');
    await user.keyboard(' ');
    expect(html).toHaveAttribute('data-theme', 'light');
  });

  it('follows a choice made in another tab', () => {
    systemIs('light');
    render(<ThemeToggle />);
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'dark' })));
    expect(screen.getByRole('button', { name: 'Theme: Dark' })).toBeInTheDocument();
    expect(html).toHaveAttribute('data-theme', 'dark');
  });
});

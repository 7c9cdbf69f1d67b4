import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { homePanelsFor } from '@/app/feature';
import { features } from '@/app/features';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { OpenSurveysPanel } from '../components/OpenSurveysPanel';

const openSurveys = (totalCount: number, titles: [string, number][]) => ({
  surveys: {
    totalCount,
    edges: titles.map(([title, responses], index) => ({
      node: { id: `s${index}`, kind: 'SURVEY', title, results: { responses } },
    })),
  },
});

describe('OpenSurveysPanel', () => {
  it('counts the open surveys, links them, and gives each one’s responses so far', async () => {
    const api = mockGraphqlClient((name) =>
      name === 'OpenSurveys'
        ? {
            data: openSurveys(2, [
              ['How was your visit?', 12],
              ['Flu facts', 1],
            ]),
          }
        : undefined,
    );
    renderWithProviders(<OpenSurveysPanel />, { client: api.client, viewer: viewerWithRoles('MARKETER') });
    expect(await screen.findByRole('link', { name: '2 open surveys' })).toHaveAttribute('href', '/surveys?status=OPEN');
    expect(screen.getByRole('link', { name: 'How was your visit?' })).toHaveAttribute('href', '/surveys/s0');
    expect(screen.getByText('12 responses')).toBeInTheDocument();
    expect(screen.getByText('1 response')).toBeInTheDocument();
  });

  it('says when no survey is open', async () => {
    const api = mockGraphqlClient((name) => (name === 'OpenSurveys' ? { data: openSurveys(0, []) } : undefined));
    renderWithProviders(<OpenSurveysPanel />, { client: api.client, viewer: viewerWithRoles('ADMIN') });
    expect(await screen.findByText('No survey is open.')).toBeInTheDocument();
  });

  it('is on the home page of those who run surveys, not of analysts or compliance', () => {
    const has = (role: Parameters<typeof viewerWithRoles>[0]) =>
      homePanelsFor([role], features).some((panel) => panel.id === 'surveys.open');
    expect([has('ADMIN'), has('MARKETER'), has('ANALYST'), has('COMPLIANCE_OFFICER')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

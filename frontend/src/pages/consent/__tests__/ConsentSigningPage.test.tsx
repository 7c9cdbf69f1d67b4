import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { ConsentSigningPage } from '../ConsentSigningPage';

const TOKEN = 'q9V_3x-Lk2mPz8RtYw4n';
const PENDING = { organizationName: 'Riverside Health', confirmed: false, attemptsLeft: 5 };
const CONFIRMED = {
  ...PENDING,
  confirmed: true,
  patientName: 'Jane Doe',
  sections: [{ heading: 'What we would share', text: 'Your recovery story and two photos.' }],
  statements: [
    { kind: 'REVOCATION_RIGHT', text: 'You can take back this permission in writing at any time.' },
    { kind: 'REDISCLOSURE', text: 'People who see the post may share it again.' },
  ],
  readingGrade: 6.2,
};

const blank = (value: unknown) => ({ consentRequest: value });

function renderPage(answer: (dateOfBirth: unknown) => unknown, token: string | null = TOKEN) {
  const { client, operations } = mockGraphqlClient((_name, variables) => ({
    data: blank(answer(variables.dateOfBirth)),
  }));
  render(<ConsentSigningPage token={token} client={client} />);
  return operations;
}

async function enterDateOfBirth(day: string, month: string, year: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Day'), day);
  await user.type(screen.getByLabelText('Month'), month);
  await user.type(screen.getByLabelText('Year'), year);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return user;
}

describe('ConsentSigningPage', () => {
  it('says a link is not valid without asking the server when there is no token', () => {
    const operations = renderPage(() => PENDING, null);
    expect(screen.getByRole('heading', { level: 1, name: 'This link is not valid any more' })).toBeInTheDocument();
    expect(screen.getByText(/Ask the clinic for a new one/)).toBeInTheDocument();
    expect(operations).toHaveLength(0);
  });

  it('says the same for a link the server does not know, and shows nothing else', async () => {
    renderPage(() => null);
    const focused = await screen.findByRole('heading', { level: 1, name: 'This link is not valid any more' });
    // Focus moves in an effect, after the heading is shown.
    await waitFor(() => expect(focused).toHaveFocus());
    expect(screen.queryByText(/Riverside/)).not.toBeInTheDocument();
  });

  it('asks for the date of birth first and counts the tries left after a wrong one', async () => {
    const operations = renderPage((dateOfBirth) => (dateOfBirth ? { ...PENDING, attemptsLeft: 3 } : PENDING));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Riverside Health asks for your permission' }),
    ).toBeInTheDocument();
    await enterDateOfBirth('2', '4', '1981');
    const group = screen.getByRole('group', { name: 'Patient’s date of birth' });
    expect(await screen.findByText('That date of birth does not match. 3 tries left.')).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription(/That date of birth does not match. 3 tries left./);
    await waitFor(() => expect(screen.getByLabelText('Day')).toHaveFocus());
    expect(operations.map((operation) => operation.variables)).toEqual([
      { token: TOKEN, dateOfBirth: null },
      { token: TOKEN, dateOfBirth: '1981-04-02' },
    ]);
  });

  it('checks the date in the page before asking the server', async () => {
    const operations = renderPage(() => PENDING);
    await enterDateOfBirth('31', '4', '1980');
    expect(await screen.findByText('Enter a real date, like 27 3 1980')).toBeInTheDocument();
    expect(operations).toHaveLength(1);
  });

  it('shows the authorization once confirmed and asks for every statement, the name and the signature', async () => {
    renderPage((dateOfBirth) => (dateOfBirth ? CONFIRMED : PENDING));
    const user = await enterDateOfBirth('2', '4', '1980');
    const focused = await screen.findByRole('heading', { level: 1, name: 'Read and sign' });
    // Focus moves in an effect, after the heading is shown.
    await waitFor(() => expect(focused).toHaveFocus());
    expect(screen.getByRole('region', { name: 'What we would share' })).toHaveTextContent('Your recovery story');
    expect(screen.getByText('Jane Doe')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Please fix the following');
    expect(summary).toHaveTextContent('Type your full name');
    expect(summary).toHaveTextContent('Draw your signature in the box');
    expect(screen.getByRole('checkbox', { name: /take back this permission/ })).toHaveAccessibleDescription(
      /Tick the box/,
    );
    await user.click(screen.getByRole('radio', { name: /A personal representative/ }));
    expect(screen.getByRole('textbox', { name: /Your authority to act for the patient/ })).toBeInTheDocument();
  });
});

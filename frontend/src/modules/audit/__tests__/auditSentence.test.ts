// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { actorName, auditSentence, auditSentenceText } from '../utils/auditSentence';

const session = { __typename: 'LiveQuestion' as const, id: 'q1', session: { id: 's1', title: 'Flu shot season' } };

describe('auditSentence', () => {
  it('tells an approval from a rejection and names the question by its session', () => {
    const approve = auditSentence({
      action: 'moderateQuestion',
      changes: [{ field: 'action', to: 'APPROVE' }],
      target: session,
    });
    const reject = auditSentence({
      action: 'moderateQuestion',
      changes: [{ field: 'action', to: 'REJECT' }],
      target: session,
    });
    expect(auditSentenceText('Elena Novak', approve)).toBe('Elena Novak approved a question in “Flu shot season”');
    expect(reject.verb).toBe('rejected a question in');
    expect(approve.targetPath).toBe('/live-sessions/s1');
  });

  it('says which states a status change moved between', () => {
    const sentence = auditSentence({
      action: 'changeCampaignStatus',
      changes: [{ field: 'status', from: 'ACTIVE', to: 'PAUSED' }],
      target: { __typename: 'Campaign', id: 'c1', name: 'Movember' },
    });
    expect(auditSentenceText('Jordan Reyes', sentence)).toBe(
      'Jordan Reyes changed the status of “Movember” from Active to Paused',
    );
  });

  it('names the fields an edit set and says when its target is gone or hidden', () => {
    const sentence = auditSentence({
      action: 'updateCampaign',
      changes: [],
      changedFields: ['description', 'endDate', 'budget'],
      target: null,
      targetType: 'Campaign',
    });
    expect(auditSentenceText('Jordan', sentence)).toBe(
      'Jordan changed the description, end date and budget of the campaign (no longer available)',
    );
    expect(sentence.targetPath).toBeNull();
  });

  it('describes exports and names who acted by kind', () => {
    const sentence = auditSentence({ action: 'recordExport', changes: [{ field: 'list', to: 'AUDIT_LOG' }] });
    expect(auditSentenceText('Sam', sentence)).toBe('Sam exported the audit log as CSV');
    expect(actorName('AUDIENCE', { name: 'participant:1' })).toBe('A participant');
    expect(actorName('PATIENT', { name: null, email: null })).toBe('The patient');
    expect(actorName('STAFF', { name: null, email: 'sam@example.org' })).toBe('sam@example.org');
  });

  it('names a consent by its label, which never identifies the patient, and a deletion without one', () => {
    const consent = { __typename: 'Consent' as const, id: 'c/1', label: 'C-2026-0042 · Story · Facebook' };
    const revoked = auditSentence({ action: 'revokeConsent', changes: [], target: consent });
    expect(auditSentenceText('Samuel Okafor', revoked)).toBe(
      'Samuel Okafor recorded the revocation of “C-2026-0042 · Story · Facebook”',
    );
    expect(revoked.targetPath).toBe('/consents/c%2F1');
    expect(auditSentence({ action: 'attachConsentDocument', changes: [], target: consent }).verb).toBe(
      'attached the signed document to',
    );
    const deleted = auditSentence({ action: 'deleteConsent', changes: [], target: null, targetType: 'Consent' });
    expect(auditSentenceText('Maya Patel', deleted)).toBe(
      'Maya Patel deleted a consent whose retention period was over',
    );
  });

  it('tells the online signing of a consent: sent and cancelled by staff, signed and revoked by the patient', () => {
    const request = { __typename: 'ConsentRequest' as const, id: 'r/1', scope: 'STORY, PHOTO · Facebook' };
    const consent = { __typename: 'Consent' as const, id: 'c1', label: 'C-2026-0042 · Story · Facebook' };
    const sent = auditSentence({ action: 'requestConsent', changes: [], target: request });
    expect(auditSentenceText('Samuel Okafor', sent)).toBe(
      'Samuel Okafor sent the consent request “STORY, PHOTO · Facebook” for online signing',
    );
    expect(sent.targetPath).toBe('/consents/requests/r%2F1');
    expect(auditSentence({ action: 'cancelConsentRequest', changes: [], target: request }).verb).toBe(
      'cancelled the consent request',
    );
    const patient = actorName('PATIENT', { name: 'subject:8f2c' });
    const signed = auditSentence({ action: 'signConsentRequest', changes: [], target: request });
    expect(auditSentenceText(patient, signed)).toBe('The patient signed the consent request “STORY, PHOTO · Facebook”');
    const revoked = auditSentence({ action: 'revokeConsentByLink', changes: [], target: consent });
    expect(auditSentenceText(patient, revoked)).toBe(
      'The patient revoked “C-2026-0042 · Story · Facebook” through the revocation link',
    );
  });

  it('tells the content workflow by its titles and the status a review moved the item to', () => {
    const item = { __typename: 'Content' as const, id: 'k/1', title: 'Wash your hands' };
    const submitted = auditSentence({ action: 'submitContentForReview', changes: [], target: item });
    expect(auditSentenceText('Jordan Reyes', submitted)).toBe('Jordan Reyes submitted “Wash your hands” for review');
    expect(submitted.targetPath).toBe('/content/k%2F1');
    const approved = auditSentence({
      action: 'reviewContent',
      changes: [{ field: 'status', from: 'IN_REVIEW', to: 'APPROVED' }],
      target: item,
    });
    expect(auditSentenceText('Priya Nair', approved)).toBe('Priya Nair approved “Wash your hands”');
    const changes = auditSentence({
      action: 'reviewContent',
      changes: [{ field: 'status', from: 'IN_REVIEW', to: 'CHANGES_REQUESTED' }],
      target: item,
    });
    expect(changes.verb).toBe('requested changes to');
    expect(auditSentence({ action: 'retractContent', changes: [], target: item }).verb).toBe('retracted');
    expect(auditSentence({ action: 'updateContent', changes: [], changedFields: ['body'], target: item }).verb).toBe(
      'changed the body of the content item',
    );
  });

  it('tells changes to the posting policy and the publishing webhook without a target to link', () => {
    const policy = auditSentence({ action: 'updatePostingPolicy', changes: [], targetType: 'PostingPolicy' });
    expect(auditSentenceText('Ada Admin', policy)).toBe('Ada Admin wrote a new version of the posting policy');
    expect(policy.targetPath).toBeNull();
    const accepted = auditSentence({ action: 'acknowledgePostingPolicy', changes: [], targetType: 'PostingPolicy' });
    expect(auditSentenceText('Maria Marketer', accepted)).toBe('Maria Marketer accepted the posting policy');
    const webhook = auditSentence({ action: 'setPublishingWebhook', changes: [], targetType: 'PublishingWebhook' });
    expect(auditSentenceText('Ada Admin', webhook)).toBe('Ada Admin changed the publishing webhook');
  });
  it('names a feedback thread by its source, never by what the patient wrote, and says where a reply left it', () => {
    const thread = {
      __typename: 'FeedbackThread' as const,
      id: 't/1',
      source: 'GOOGLE_REVIEW' as const,
      visibility: 'PUBLIC' as const,
    };
    const replied = auditSentence({
      action: 'replyToFeedback',
      changes: [{ field: 'status', from: 'NEW', to: 'AWAITING_PATIENT' }],
      target: thread,
    });
    expect(auditSentenceText('Maria Marketer', replied)).toBe(
      'Maria Marketer replied to “Google review (public)” (now awaiting patient)',
    );
    expect(replied.targetPath).toBe('/inbox/t%2F1');
    const moved = auditSentence({
      action: 'setFeedbackStatus',
      changes: [{ field: 'status', from: 'OPEN', to: 'ESCALATED' }],
      target: thread,
    });
    expect(auditSentenceText('Carl', moved)).toBe(
      'Carl changed the status of “Google review (public)” from Open to Escalated',
    );
    expect(auditSentence({ action: 'addFeedbackNote', changes: [], target: thread }).verb).toBe(
      'added an internal note to',
    );
  });

  it('names saved replies by title and tells the inbox’s settings and ways in without a target', () => {
    const reply = { __typename: 'SavedReply' as const, id: 'r1', title: 'Thanks for the kind words' };
    const edited = auditSentence({ action: 'updateSavedReply', changes: [], changedFields: ['text'], target: reply });
    expect(auditSentenceText('Ada', edited)).toBe(
      'Ada changed the text of the saved reply “Thanks for the kind words”',
    );
    expect(edited.targetPath).toBe('/inbox/saved-replies/r1/edit');
    const settings = auditSentence({ action: 'updateFeedbackSettings', changes: [], targetType: 'FeedbackSettings' });
    expect(auditSentenceText('Ada Admin', settings)).toBe('Ada Admin changed the inbox settings');
    const form = auditSentence({ action: 'submitFeedback', changes: [], targetType: 'FeedbackThread' });
    expect(form).toMatchObject({ gone: false, targetPath: null });
  });

  it('names a survey by its title, tells opening from reopening and a release without the answer', () => {
    const survey = { __typename: 'Survey' as const, id: 's/1', title: 'How was your visit?' };
    expect(
      auditSentenceText('Maria Marketer', auditSentence({ action: 'createSurvey', changes: [], target: survey })),
    ).toBe('Maria Marketer wrote the survey “How was your visit?”');
    const edited = auditSentence({
      action: 'updateSurvey',
      changes: [],
      changedFields: ['title', 'questions'],
      target: survey,
    });
    expect(auditSentenceText('Maria', edited)).toBe(
      'Maria changed the title and questions of the survey “How was your visit?”',
    );
    expect(edited.targetPath).toBe('/surveys/s%2F1');
    const opened = auditSentence({
      action: 'openSurvey',
      changes: [{ field: 'status', from: 'DRAFT', to: 'OPEN' }],
      target: survey,
    });
    const reopened = auditSentence({
      action: 'openSurvey',
      changes: [{ field: 'status', from: 'CLOSED', to: 'OPEN' }],
      target: survey,
    });
    expect([opened.verb, reopened.verb]).toEqual(['opened the survey', 'reopened the survey']);
    expect(auditSentence({ action: 'closeSurvey', changes: [], target: survey }).verb).toBe('closed the survey');
    const released = auditSentence({ action: 'releaseSurveyAnswer', changes: [], target: survey });
    expect(auditSentenceText('Cara Compliance', released)).toBe(
      'Cara Compliance released a written answer held for suspected PHI in “How was your visit?”',
    );
  });

  it('tells a CSV import of feedback from a connector’s, without a target', () => {
    const imported = auditSentence({ action: 'importFeedback', changes: [], targetType: 'FeedbackThread' });
    expect(auditSentenceText('Maria Marketer', imported)).toBe(
      'Maria Marketer imported feedback into the inbox from a CSV file',
    );
    expect(imported).toMatchObject({ gone: false, targetPath: null });
  });

  it('names a poll by its session, never by its question, and the taxonomy without a target', () => {
    const session = { __typename: 'LiveSession' as const, id: 's/1', title: 'Flu shot season' };
    const launched = auditSentence({ action: 'launchLivePoll', changes: [], target: session });
    expect(auditSentenceText('Elena Novak', launched)).toBe('Elena Novak launched a poll in “Flu shot season”');
    expect(launched.targetPath).toBe('/live-sessions/s%2F1');
    expect(
      auditSentenceText('Elena Novak', auditSentence({ action: 'closeLivePoll', changes: [], target: session })),
    ).toBe('Elena Novak closed a poll in “Flu shot season”');
    expect(
      auditSentenceText(
        actorName('AUDIENCE', {}),
        auditSentence({ action: 'answerLivePoll', changes: [], target: session }),
      ),
    ).toBe('A participant answered a poll in “Flu shot season”');
    const taxonomy = auditSentence({ action: 'updateFeedbackThemeTaxonomy', changes: [], target: null });
    expect(auditSentenceText('Ada Admin', taxonomy)).toBe(
      'Ada Admin changed the feedback themes and the words that signal them',
    );
    expect(taxonomy.gone).toBe(false);
  });
});

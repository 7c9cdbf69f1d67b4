package io.carepulse.survey;

import java.util.List;
import java.util.stream.IntStream;
import org.bson.types.ObjectId;

/**
 * GraphQL {@code SurveyResults}, made from a survey and its counts: percentages of those who
 * answered each question, averages, NPS and a quiz's shares. Counts only, never who answered.
 */
record SurveyResults(long started, long responses, Double completionRate, Double averageScore,
        List<QuestionResult> questions) {

    record OptionResult(Survey.Option option, long count, double percent, boolean correct) {
    }

    record ValueCount(int value, long count, double percent) {
    }

    record NetPromoterScore(int score, long promoters, long passives, long detractors) {
    }

    /** {@code surveyId} and {@code question} let {@code textAnswers} find the question's answers. */
    record QuestionResult(ObjectId surveyId, Survey.Question question, long answered, List<OptionResult> options,
            List<ValueCount> values, Double average, NetPromoterScore netPromoterScore, Double correctShare,
            long heldAnswers) {
    }

    static SurveyResults of(Survey survey, SurveyTally tally) {
        long graded = survey.gradedQuestions();
        Double averageScore = graded == 0 || tally.responses() == 0 ? null
                : round(tally.scoreSum() / (double) (tally.responses() * graded), 3);
        Double completion = tally.started() == 0 ? null
                : round(Math.min(1.0, tally.responses() / (double) tally.started()), 3);
        return new SurveyResults(tally.started(), tally.responses(), completion, averageScore,
                survey.questions().stream().map(q -> question(survey, q, tally.question(q.id()))).toList());
    }

    private static QuestionResult question(Survey survey, Survey.Question question, SurveyTally.QuestionTally counts) {
        long answered = counts.answered();
        List<OptionResult> options = question.options().stream()
                .map(option -> {
                    long count = counts.options().getOrDefault(option.id(), 0L);
                    return new OptionResult(option, count, percent(count, answered),
                            question.correctOptionIds().contains(option.id()));
                })
                .toList();
        List<ValueCount> values = !question.type().hasValue() ? List.of()
                : IntStream.rangeClosed(question.type().min(), question.type().max()).mapToObj(value -> {
                    long count = counts.values().getOrDefault(String.valueOf(value), 0L);
                    return new ValueCount(value, count, percent(count, answered));
                }).toList();
        Double average = question.type().hasValue() && answered > 0
                ? round(counts.valueSum() / (double) answered, 2) : null;
        NetPromoterScore nps = question.type() == Survey.QuestionType.NPS && answered > 0 ? nps(values, answered)
                : null;
        Double correctShare = survey.quiz() && question.graded() && answered > 0
                ? round(counts.correct() / (double) answered, 3) : null;
        return new QuestionResult(survey.id(), question, answered, options, values, average, nps, correctShare,
                Math.max(0, counts.held()));
    }

    /** Promoters answer 9 or 10, detractors 0 to 6; the score is their difference in percent of all answers. */
    private static NetPromoterScore nps(List<ValueCount> values, long answered) {
        long promoters = values.stream().filter(v -> v.value() >= 9).mapToLong(ValueCount::count).sum();
        long detractors = values.stream().filter(v -> v.value() <= 6).mapToLong(ValueCount::count).sum();
        long passives = answered - promoters - detractors;
        int score = (int) Math.round((promoters - detractors) * 100.0 / answered);
        return new NetPromoterScore(score, promoters, passives, detractors);
    }

    private static double percent(long count, long of) {
        return of == 0 ? 0 : round(count * 100.0 / of, 1);
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}

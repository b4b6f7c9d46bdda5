package cn.luzhi.suggestions;

import cn.luzhi.shared.Warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.calendar.CalendarDay;
import cn.luzhi.shared.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The closed loop's rules, without a server. */
class SuggestionRulesTest {
    static final Instant NOW = Instant.parse("2026-09-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    static Suggestion deputySuggestion() {
        Suggestion s = new Suggestion();
        s.kind = Suggestion.Kind.SUGGESTION;
        s.leadDeputyId = 7L;
        return s;
    }

    static Suggestion assigned() {
        Suggestion s = deputySuggestion();
        s.submit(NOW);
        s.register("2026建0001", NOW);
        s.assign(TODAY, TODAY.plusMonths(3), null);
        return s;
    }

    static String rule(Runnable r) {
        return assertThrows(DomainRuleViolation.class, r::run).rule;
    }

    @Test
    void onlySubmittedItemsAreRegisteredOrDeclined() {
        Suggestion s = deputySuggestion();
        assertEquals("register-only-submitted", rule(() -> s.register("x", NOW)));
        s.submit(NOW);
        assertEquals("submit-only-drafts", rule(() -> s.submit(NOW)));
        assertEquals("decline-needs-reason", rule(() -> s.decline(" ", NOW)));
        s.decline("属于信访事项", NOW);
        assertEquals(Suggestion.Status.DECLINED, s.status);
        assertEquals("assign-only-registered", rule(() -> s.assign(TODAY, TODAY.plusDays(5), null)));
    }

    @Test
    void theDeadlineMustFollowTheAssignment() {
        Suggestion s = deputySuggestion();
        s.submit(NOW);
        s.register("n", NOW);
        assertEquals("deadline-after-assignment", rule(() -> s.assign(TODAY, TODAY, null)));
        assertEquals(Suggestion.Status.REGISTERED, s.status);
    }

    @Test
    void unitCannotReplyBeforeContactingTheDeputy() {
        Suggestion s = assigned();
        assertEquals("contact-before-reply", rule(() -> s.reply(Suggestion.ReplyClass.A, false, NOW)));
        s.reply(Suggestion.ReplyClass.A, true, NOW);
        assertEquals(Suggestion.Status.REPLIED, s.status);
        assertEquals("reply-only-while-handling", rule(() -> s.reply(Suggestion.ReplyClass.A, true, NOW)));
    }

    @Test
    void anUnsatisfiedRatingStartsANewRoundWithAShorterDeadline() {
        Suggestion s = assigned();
        s.reply(Suggestion.ReplyClass.C, true, NOW);
        s.rate(Suggestion.Rating.UNSATISFIED, TODAY.plusDays(10), TODAY.plusDays(40));
        assertEquals(Suggestion.Status.REHANDLING, s.status);
        assertEquals(2, s.round);
        assertEquals(TODAY.plusDays(40), s.deadline);
        assertEquals("rate-only-replied", rule(() -> s.rate(Suggestion.Rating.SATISFIED, TODAY, TODAY)));
        assertEquals("close-after-rating", rule(() -> s.close(NOW)));
        s.reply(Suggestion.ReplyClass.B, true, NOW);
        s.rate(Suggestion.Rating.BASIC, TODAY.plusDays(20), TODAY.plusDays(50));
        s.close(NOW);
        assertEquals(Suggestion.Status.CLOSED, s.status);
        assertTrue(s.followUp, "a class B answer stays followed after closing");
        s.resolveFollowUp();
        assertEquals(Suggestion.ReplyClass.A, s.replyClass);
        assertFalse(s.followUp);
        assertEquals("follow-up-only-class-b", rule(s::resolveFollowUp));
    }

    @Test
    void citizenOpinionsCloseAfterTheReplyWithoutARating() {
        Suggestion s = new Suggestion();
        s.kind = Suggestion.Kind.OPINION;
        s.submit(NOW);
        s.register("2026民0001", NOW);
        s.assign(TODAY, TODAY.plusMonths(1), null);
        s.reply(Suggestion.ReplyClass.A, false, NOW);
        assertEquals("rate-only-deputy-items", rule(() -> s.rate(Suggestion.Rating.SATISFIED, TODAY, TODAY)));
        s.close(NOW);
        assertEquals(Suggestion.Status.CLOSED, s.status);
    }

    @Test
    void warningsFollowWorkingDaysToTheDeadline() {
        WorkingCalendar cal = WorkingCalendar.of(Map.of(LocalDate.of(2026, 10, 1), CalendarDay.Kind.HOLIDAY));
        Suggestion s = assigned();
        LocalDate today = LocalDate.of(2026, 9, 21); // a Monday
        s.deadline = LocalDate.of(2026, 10, 30);
        assertEquals(Warning.GREEN, s.warning(today, 10, cal));
        s.deadline = LocalDate.of(2026, 10, 2); // 9 working days ahead (10-01 off)
        assertEquals(Warning.YELLOW, s.warning(today, 10, cal));
        s.deadline = LocalDate.of(2026, 9, 18);
        assertEquals(Warning.RED, s.warning(today, 10, cal));
        s.reply(Suggestion.ReplyClass.A, true, NOW);
        assertEquals(Warning.NONE, s.warning(today, 10, cal), "replied items carry no warning");
    }
}

package cn.luzhi.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import cn.luzhi.directory.DeputyMandate;
import org.junit.jupiter.api.Test;

/** Plain rules without a server. */
class SharedRulesTest {

    @Test
    void aWriteWithoutIfMatchIsPreconditionRequired() {
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.require(null, 3)).status);
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.require(" ", 3)).status);
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedAndTheCurrentOnePasses() {
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.require("\"2\"", 3)).status);
        ETags.require("\"3\"", 3);
        ETags.require("W/\"3\"", 3);
        ETags.require("*", 3);
        assertEquals("\"3\"", ETags.of(3));
    }

    @Test
    void privateDataIsMaskedInTheMiddle() {
        assertEquals("138****1234", Masking.phone("13812341234"));
        assertEquals("3708**********123X", Masking.idNumber("370826197503021" + "23X"));
        assertEquals(null, Masking.phone(null));
        assertEquals("****", Masking.phone("12345"));
    }

    @Test
    void aTerminatedMandateIsFinalButASuspendedOneMayBeRestored() {
        DeputyMandate m = new DeputyMandate();
        m.changeStatus(DeputyMandate.Status.SUSPENDED);
        m.changeStatus(DeputyMandate.Status.ACTIVE);
        m.changeStatus(DeputyMandate.Status.TERMINATED);
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> m.changeStatus(DeputyMandate.Status.ACTIVE));
        assertEquals("mandate-terminated-is-final", v.rule);
        assertEquals(409, v.status);
        assertEquals(DeputyMandate.Status.TERMINATED, m.status);
    }

    @Test
    void pagingRefusesUnknownSortFieldsAndOversizedPages() {
        var fields = Paging.fields("name", "person.name", "id", "id");
        assertEquals("size", assertThrows(ProblemException.class, () -> Paging.of(0, 201, null, fields, "name")).errors.get(0).field());
        assertEquals("page", assertThrows(ProblemException.class, () -> Paging.of(-1, 20, null, fields, "name")).errors.get(0).field());
        assertEquals("sort", assertThrows(ProblemException.class, () -> Paging.of(0, 20, "password", fields, "name")).errors.get(0).field());
        assertEquals("sort", assertThrows(ProblemException.class, () -> Paging.of(0, 20, "name,sideways", fields, "name")).errors.get(0).field());
        Paging p = Paging.of(null, null, "name,desc", fields, "name");
        assertEquals(0, p.page());
        assertEquals(20, p.size());
        assertEquals("person.name", p.sort().getColumns().get(0).getName());
    }

    @Test
    void likePatternsTreatWildcardsAsText() {
        assertEquals("%50\\%%", Paging.like("50%"));
        assertEquals("%a\\_b%", Paging.like(" a_b "));
    }

    @Test
    void unknownEnumValuesNameTheAllowedOnes() {
        ProblemException e = assertThrows(ProblemException.class, () -> Enums.parse(DeputyMandate.Party.class, "WHIG", "party"));
        assertEquals(400, e.status);
        assertTrue(e.errors.get(0).message().contains("CPC"));
        assertEquals(DeputyMandate.Party.CPC, Enums.parse(DeputyMandate.Party.class, "CPC", "party"));
        assertEquals(null, Enums.parse(DeputyMandate.Party.class, "", "party"));
    }
}

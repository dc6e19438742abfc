package dev.visionbook.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A faults file as users write it: rules read into typed faults, mistakes named with the rule's number. */
class FaultRulesTest {

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> FaultRules.parse(text, "faults.json")).getMessage();
    }

    @Test
    void eachFaultIsReadWithItsSettingsAndDefaultOperations() {
        FaultRules rules = FaultRules.parse("""
                [{"fault": "RESOURCE_EXHAUSTED", "on": "generateContent", "count": 2, "retryDelaySeconds": 7},
                 {"fault": "UNAVAILABLE"}, {"fault": "INTERNAL", "rate": 0.5}, {"fault": "SLOW", "seconds": 2.5},
                 {"fault": "DROP_CONNECTION", "afterBytes": 100}, {"fault": "STAY_PROCESSING", "seconds": 10, "mimeType": "video/"},
                 {"fault": "END_FAILED"}, {"fault": "CUT_STREAM", "afterChunks": 3}]
                """, "faults.json");
        List<FaultRule> all = rules.rules();
        assertEquals(8, rules.size());
        assertEquals(new Fault.ResourceExhausted(7), all.get(0).fault());
        assertTrue(all.get(0).appliesTo(Operation.GENERATE_CONTENT) && !all.get(0).appliesTo(Operation.COUNT_TOKENS));
        assertTrue(all.get(1).appliesTo(Operation.STREAM_GENERATE_CONTENT) && !all.get(1).appliesTo(Operation.UPLOAD));
        assertEquals(new Fault.Slow(2.5), all.get(3).fault());
        assertEquals(new Fault.DropConnection(100L), all.get(4).fault());
        assertTrue(all.get(4).appliesTo(Operation.UPLOAD));
        assertEquals("The file could not be processed.", ((Fault.EndFailed) all.get(6).fault()).shownMessage());
        assertEquals(new Fault.CutStream(3), all.get(7).fault());
    }

    @Test
    void aCountFiresForTheFirstRequestsOnlyAfterTheSkippedOnes() {
        FaultRule rule = FaultRules.parse("[{\"fault\": \"UNAVAILABLE\", \"count\": 2, \"skip\": 1}]", "f").rules().get(0);
        List<Boolean> fired = IntStream.range(0, 5).mapToObj(i -> rule.fires(Operation.GENERATE_CONTENT, null)).toList();
        assertEquals(List.of(false, true, true, false, false), fired);
        assertFalse(rule.fires(Operation.FILES_GET, null), "another operation is not counted");
    }

    @Test
    void aRateFiresForAboutThatShareOfRequestsTheSameWayEachRun() {
        String text = "[{\"fault\": \"INTERNAL\", \"rate\": 0.25, \"seed\": 3}]";
        FaultRule first = FaultRules.parse(text, "f").rules().get(0);
        FaultRule second = FaultRules.parse(text, "f").rules().get(0);
        List<Boolean> one = IntStream.range(0, 400).mapToObj(i -> first.fires(Operation.COUNT_TOKENS, null)).toList();
        List<Boolean> two = IntStream.range(0, 400).mapToObj(i -> second.fires(Operation.COUNT_TOKENS, null)).toList();
        assertEquals(one, two);
        long fired = one.stream().filter(Boolean::booleanValue).count();
        assertTrue(fired > 70 && fired < 130, fired + " of 400");
    }

    @Test
    void aMimeTypePrefixNarrowsAFileRule() {
        FaultRule rule = FaultRules.parse("[{\"fault\": \"END_FAILED\", \"mimeType\": \"video/\"}]", "f").rules().get(0);
        assertFalse(rule.fires(Operation.UPLOAD, "image/png"));
        assertTrue(rule.fires(Operation.UPLOAD, "video/mp4"));
    }

    @Test
    void mistakesAreNamedWithTheRuleNumberAndWhatIsAllowed() {
        assertEquals("faults.json, rule 2: unknown fault \"TEAPOT\" (known: RESOURCE_EXHAUSTED, UNAVAILABLE, INTERNAL,"
                + " SLOW, DROP_CONNECTION, STAY_PROCESSING, END_FAILED, CUT_STREAM).",
                refusal("[{\"fault\": \"UNAVAILABLE\"}, {\"fault\": \"TEAPOT\"}]"));
        String field = refusal("[{\"fault\": \"SLOW\", \"secnds\": 3}]");
        assertTrue(field.startsWith("faults.json, rule 1: unknown field \"secnds\" for SLOW (it takes [seconds]"), field);
        assertTrue(refusal("[{\"fault\": \"SLOW\", \"on\": \"generate\"}]").contains("unknown operation \"generate\""));
        assertTrue(refusal("[{\"fault\": \"INTERNAL\", \"rate\": 2}]").contains("\"rate\" is a probability from 0 to 1"));
        assertTrue(refusal("[{\"fault\": \"INTERNAL\", \"rate\": 0.1, \"count\": 1}]").contains("not both"));
        assertTrue(refusal("{\"fault\": \"INTERNAL\"}").contains("must hold a JSON array of rules"));
        assertTrue(refusal("[{\"fault\": ").startsWith("faults.json is not JSON"));
    }
}

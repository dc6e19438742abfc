package dev.visionbook.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.visionbook.engine.answers.Answer;
import dev.visionbook.engine.answers.Facts;
import dev.visionbook.engine.answers.Found;
import dev.visionbook.engine.answers.Lead;
import dev.visionbook.engine.answers.Md;
import dev.visionbook.engine.answers.Section;

/**
 * An {@link Answer} as the engine's natural JSON, for JSON mode without a schema: the list of
 * {@code {"box_2d", "label"}} for box questions (as the service's examples give them), and a small
 * object otherwise — {@code present}, {@code count}, {@code colours}, {@code text}, {@code answer}…
 * — never Markdown in a wrapper. Thread-safe.
 */
public final class JsonRenderer {

    private final ObjectMapper json;

    public JsonRenderer(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode natural(Answer answer) {
        Lead lead = answer.lead();
        Facts facts = answer.facts();
        if (lead instanceof Lead.Boxes boxes) {
            ArrayNode list = json.createArrayNode();
            boxes.found().forEach(f -> list.add(boxes.points() ? point(f) : box(f)));
            return list;
        }
        ObjectNode out = json.createObjectNode();
        if (lead instanceof Lead.Presence p) {
            out.put("present", p.present());
            out.put("label", p.asked());
            out.set("found", boxes(p.found()));
        } else if (lead instanceof Lead.Count c) {
            out.put("count", c.count());
            out.put("label", c.asked());
            out.set("found", boxes(c.found()));
        } else if (lead instanceof Lead.Colours c) {
            out.put("label", c.asked());
            out.set("colours", json.valueToTree(facts.colours()));
            if (c.of() != null) {
                out.set("box_2d", json.valueToTree(c.of().box()));
            }
            if (!c.checked().isEmpty()) {
                out.put("matches", c.matches());
            }
        } else if (lead instanceof Lead.Read r) {
            out.set("text", json.valueToTree(r.lines()));
            if (!r.language().isEmpty()) {
                out.putNull("translation");
                out.put("note", "The local engine cannot translate into " + r.language() + ": no language model"
                        + " runs here.");
            }
        } else if (lead instanceof Lead.Statement s) {
            out.put("answer", s.sentence());
            if (facts.yes() != null) {
                out.put("yes", facts.yes());
            }
        } else if (lead instanceof Lead.CannotTell c) {
            out.putNull("answer");
            out.put("cannot_tell", c.why());
        } else {
            out.put("description", facts.sentence());
            if (!facts.found().isEmpty()) {
                out.set("objects", boxes(facts.found()));
            }
            if (!facts.text().isEmpty()) {
                out.set("text", json.valueToTree(facts.text()));
            }
            if (!facts.colours().isEmpty()) {
                out.set("colours", json.valueToTree(facts.colours()));
            }
            if (!facts.said().isEmpty()) {
                ArrayNode said = out.putArray("transcript");
                for (Section.Said s : facts.said()) {
                    said.addObject().put("time", Md.time(s.at())).put("text", s.words());
                }
            }
            if (!facts.moments().isEmpty() && facts.said().isEmpty()) {
                ArrayNode times = out.putArray("timestamps");
                facts.moments().forEach(t -> times.add(Md.time(t)));
            }
        }
        return out;
    }

    private ArrayNode boxes(java.util.List<Found> found) {
        ArrayNode list = json.createArrayNode();
        found.forEach(f -> list.add(box(f)));
        return list;
    }

    private ObjectNode box(Found f) {
        ObjectNode node = json.createObjectNode();
        node.set("box_2d", json.valueToTree(f.box()));
        node.put("label", f.label());
        return node;
    }

    private ObjectNode point(Found f) {
        ObjectNode node = json.createObjectNode();
        node.set("point", json.valueToTree(f.point()));
        node.put("label", f.label());
        return node;
    }
}

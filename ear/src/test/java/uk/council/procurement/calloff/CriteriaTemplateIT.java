package uk.council.procurement.calloff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.delete;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;
import static uk.council.procurement.it.Api.put;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * Criteria templates through the real stack: officers keep them per lot with names unique in the lot,
 * staff read them, providers cannot; a requirement takes a copy, so changing or deleting the template
 * leaves it as it was; stale and missing versions are refused.
 */
class CriteriaTemplateIT extends ServerTest {

    private static final String CRITERIA = """
            [{"kind": "MUST_HAVE", "text": "Ground-floor room"},
             {"kind": "CAPABILITY", "text": "Dementia-trained staff", "weight": 30},
             {"kind": "QUESTION", "text": "How will you keep the person connected?", "weight": 10}]""";

    private static String template(long lot, String name, String criteria) {
        return "{\"lotId\": " + lot + ", \"name\": \"" + name + "\", \"criteria\": " + criteria + "}";
    }

    @Test
    void officersKeepTemplatesPerLotAndARequirementKeepsItsCopy() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        long lot = CallOffs.lotId(market);
        String name = "Dementia placement " + Api.unique();

        post("lead", "criteria-templates", template(lot, name, CRITERIA), null).expect(403);
        post("provider", "criteria-templates", template(lot, name, CRITERIA), null).expect(403);
        var created = post("officer", "criteria-templates", template(lot, "  " + name + "  ", CRITERIA), null).expect(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("name")).isEqualTo(name);
        assertThat(created.json().getJsonArray("criteria")).hasSize(3);
        assertThat(created.json().getString("changedBy")).isEqualTo("officer");

        // Names are unique in the lot whatever the case; another lot may use the same name.
        post("officer", "criteria-templates", template(lot, name.toUpperCase(), CRITERIA), null).expect(409)
                .bodyContains("already has a template named");
        long otherLot = CallOffs.lotId(Fixtures.openMarket("NURSING", "GOOD", false, null));
        post("officer", "criteria-templates", template(otherLot, name, CRITERIA), null).expect(201);

        // Staff read them by lot; providers cannot read them at all.
        var ofLot = get("lead", "criteria-templates?lot=" + lot).expect(200).array();
        assertThat(ofLot.stream().map(JsonObject.class::cast).map(t -> t.getString("name"))).containsExactly(name);
        get("provider", "criteria-templates?lot=" + lot).expect(403);
        get("provider", "criteria-templates/" + id).expect(403);
        get("officer", "criteria-templates/999999999").expect(404);

        // Bad input names the field and changes nothing.
        for (String bad : List.of(template(lot, "", CRITERIA), template(lot, "x".repeat(101), CRITERIA),
                template(lot, "Empty " + Api.unique(), "[]"),
                template(lot, "No weight " + Api.unique(), "[{\"kind\": \"CAPABILITY\", \"text\": \"x\"}]"),
                template(lot, "No kind " + Api.unique(), "[{\"text\": \"x\"}]"),
                template(lot, "Blank " + Api.unique(), "[{\"kind\": \"QUESTION\", \"text\": \"  \", \"weight\": 5}]"),
                "{\"lotId\": 999999999, \"name\": \"Lost\", \"criteria\": " + CRITERIA + "}")) {
            var refused = post("officer", "criteria-templates", bad, null);
            assertThat(refused.status()).as(bad).isIn(400, 404);
        }
        assertThat(get("officer", "criteria-templates?lot=" + lot).expect(200).array()).hasSize(1);

        // A requirement raised from it takes a copy (the form sends the template's criteria).
        var template = get("officer", "criteria-templates/" + id).expect(200);
        var raised = post("officer", "requirements", """
                {"lotId": %d, "personReference": "NHS-%s", "postcode": "BL9 0EJ", "startDate": "%s", "urgency": "ROUTINE",
                 "weeklyBudget": 950.00, "offerDeadline": "%s", "criteria": %s}
                """.formatted(lot, Api.unique(), LocalDate.now().plusDays(7), CallOffs.threeHoursAway(), CRITERIA), null)
                .expect(201).json().getString("reference");

        // Changes need the version read; a stale or missing one is refused.
        String changed = template(lot, name + " v2", "[{\"kind\": \"MUST_HAVE\", \"text\": \"Lift to every floor\"}]");
        put("officer", "criteria-templates/" + id, changed, null).expect(428);
        var v2 = put("officer", "criteria-templates/" + id, changed, template.etag()).expect(200);
        assertThat(v2.json().getJsonArray("criteria")).hasSize(1);
        put("officer", "criteria-templates/" + id, changed, template.etag()).expect(412);
        put("lead", "criteria-templates/" + id, changed, v2.etag()).expect(403);
        delete("officer", "criteria-templates/" + id, template.etag()).expect(412);
        delete("officer", "criteria-templates/" + id, v2.etag()).expect(204);
        get("officer", "criteria-templates/" + id).expect(404);

        var requirement = get("officer", "requirements/" + raised).expect(200).json();
        assertThat(requirement.getJsonArray("criteria").stream().map(JsonObject.class::cast).map(c -> c.getString("text")))
                .containsExactly("Ground-floor room", "Dementia-trained staff", "How will you keep the person connected?");

        // Every change is in the history, with who, also after the template is gone.
        var history = get("lead", "criteria-templates/" + id + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).toList();
        assertThat(history.stream().map(h -> h.getString("action"))).containsExactlyInAnyOrder("CREATED", "CHANGED", "DELETED");
        assertThat(history.stream().map(h -> h.getString("actor"))).containsOnly("officer");
        get("provider", "criteria-templates/" + id + "/history").expect(403);
        get("officer", "criteria-templates/999999999/history").expect(404);
    }
}

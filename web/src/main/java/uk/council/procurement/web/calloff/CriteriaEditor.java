package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.council.procurement.calloff.boundary.CriterionView;
import uk.council.procurement.calloff.entity.CriterionDetails;
import uk.council.procurement.calloff.entity.CriterionKind;

/**
 * The criteria being written on a form (a requirement or a template): must-haves, capabilities and
 * questions in order, added, removed and filled in by the officer. Shared by both forms through
 * WEB-INF/includes/criteria-editor.xhtml.
 */
public class CriteriaEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<CriterionForm> criteria = new ArrayList<>();

    /** One criterion being written. */
    public static class CriterionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final CriterionKind kind;
        private String text;
        private Integer weight;

        CriterionForm(CriterionKind kind, String text, Integer weight) {
            this.kind = kind;
            this.text = text;
            this.weight = weight;
        }

        public CriterionKind getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    public List<CriterionForm> getCriteria() {
        return criteria;
    }

    public void add(String kind) {
        var k = CriterionKind.valueOf(kind);
        criteria.add(new CriterionForm(k, null, k.scored() ? 10 : null));
    }

    public void remove(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    /** Replaces what is written with these criteria. */
    public void set(List<CriterionView> given) {
        criteria.clear();
        append(given);
    }

    /** Adds these criteria after what is written. */
    public void append(List<CriterionView> given) {
        given.forEach(c -> criteria.add(new CriterionForm(c.kind(), c.text(), c.weight())));
    }

    public List<CriterionDetails> details() {
        return criteria.stream().map(c -> new CriterionDetails(c.kind, c.text, c.weight)).toList();
    }

    /** Where each criterion's messages go on the form: the service names fields criteria[n].text and so on. */
    public void fields(String form, Map<String, String> fields) {
        fields.put("criteria", form + ":criteriaMessage");
        for (int n = 0; n < criteria.size(); n++) {
            String row = form + ":criteria:" + n + ":";
            fields.put("criteria[" + n + "].text", row + "text");
            fields.put("criteria[" + n + "].weight", row + "weight");
            fields.put("criteria[" + n + "].kind", row + "text");
        }
    }
}

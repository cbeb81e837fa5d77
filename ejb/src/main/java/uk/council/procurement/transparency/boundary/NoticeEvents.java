package uk.council.procurement.transparency.boundary;

import java.io.StringReader;
import java.util.ArrayList;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.Search;
import uk.council.procurement.security.Roles;
import uk.council.procurement.transparency.entity.NoticeEvent;

/** The notice events, newest first, optionally of one requirement (council staff). */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
public class NoticeEvents {

    @PersistenceContext
    EntityManager em;

    public Page<NoticeEventView> list(String requirement, int first, int max) {
        Search.page(first, max);
        String where = "";
        if (requirement != null && !requirement.isBlank()) {
            References.required("requirement", requirement);
            where = " where e.requirementReference = :requirement";
        }
        var query = em.createQuery("select e from NoticeEvent e" + where + " order by e.occurredAt desc, e.id desc",
                NoticeEvent.class);
        var count = em.createQuery("select count(e) from NoticeEvent e" + where, Long.class);
        if (!where.isEmpty()) {
            query.setParameter("requirement", References.normalise(requirement));
            count.setParameter("requirement", References.normalise(requirement));
        }
        var rows = new ArrayList<NoticeEventView>();
        for (var e : query.setFirstResult(first).setMaxResults(max).getResultList()) {
            try (var reader = Json.createReader(new StringReader(e.getFacts()))) {
                rows.add(new NoticeEventView(e.getId(), e.getKind().name(), e.getNoticeType(), e.getRegime().name(),
                        e.getDpsReference(), e.getRequirementReference(), e.getContractReference(), e.getOccurredAt(),
                        e.getPublishBy(), reader.readObject()));
            }
        }
        return new Page<>(rows, count.getSingleResult());
    }
}

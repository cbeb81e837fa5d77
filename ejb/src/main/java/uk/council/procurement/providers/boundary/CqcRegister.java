package uk.council.procurement.providers.boundary;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrentAccessException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.control.CqcApi;
import uk.council.procurement.providers.control.CqcChangesSync;
import uk.council.procurement.providers.control.CqcIds;
import uk.council.procurement.providers.control.CqcRecords;
import uk.council.procurement.providers.control.RatingUpdates;
import uk.council.procurement.providers.entity.CqcLocation;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.CqcRecord;
import uk.council.procurement.providers.entity.LocationRating;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.providers.entity.RatingSource;
import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.security.Roles;
import uk.council.procurement.workflows.CqcSyncProcess;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * The council's copy of the CQC register: refreshing a location from CQC, the sync of CQC's
 * changes feed, the file import that stands in when the API cannot be used, and the ratings a
 * quality officer records from evidence CQC has not published yet. Every rating keeps its history.
 */
@Stateless
public class CqcRegister {

    /** Evidence a quality officer holds: the rating it supports, its date and report, and why it is used now. */
    public record Evidence(CqcRating rating, LocalDate ratingDate, String reference, String reason) {
    }

    /** One rating a location held, with where it came from. */
    public record RatingEntry(CqcRating rating, String ratingLabel, LocalDate ratingDate, RatingSource source,
            String sourceLabel, String reference, String reason, String recordedBy, Instant recordedAt) {

        static RatingEntry of(LocationRating r) {
            return new RatingEntry(r.getRating(), r.getRating().label(), r.getRatingDate(), r.getSource(),
                    r.getSource().label(), r.getReference(), r.getReason(), r.getRecordedBy(), r.getRecordedAt());
        }
    }

    /** What a file import did with each record: nothing is skipped without saying so. */
    public record ImportReport(int records, List<String> changed, List<String> unchanged, List<String> notHeld) {
    }

    public record SyncStatus(String baseUrl, Instant syncedUpTo, Instant lastRunAt, String lastResult,
            Instant nextRunAt) {
    }

    /** Largest import file accepted (about 5,000 location records). */
    public static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    RatingUpdates updates;

    @EJB
    CqcChangesSync changesSync;

    @Inject
    CqcApi cqc;

    @Inject
    Workflows workflows;

    @Inject
    Clock clock;

    /** Reads one location's record from CQC now and applies it. */
    @RolesAllowed({Roles.QUALITY_OFFICER, Roles.PROCUREMENT_OFFICER})
    public ProviderView refresh(Long providerId, String locationId) {
        var location = location(providerId, locationId);
        var record = cqc.location(location.getLocationId()).orElseThrow(() -> new WrongState("CQC no longer serves "
                + "a record of " + location.getLocationId() + "; nothing was changed."));
        apply(record, RatingSource.CQC_SYNC);
        return ProviderView.of(location.getProvider());
    }

    /** Pulls CQC's changes since the last sync (the daily run does the same). */
    @RolesAllowed(Roles.QUALITY_OFFICER)
    public CqcChangesSync.Report syncNow() {
        try {
            return changesSync.run();
        } catch (ConcurrentAccessException e) {
            throw new WrongState("A CQC sync is running already; its result shows here when it ends.");
        }
    }

    @RolesAllowed({Roles.QUALITY_OFFICER, Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL})
    public SyncStatus status() {
        var state = em.find(uk.council.procurement.providers.entity.CqcSyncState.class,
                uk.council.procurement.providers.entity.CqcSyncState.ONLY);
        return new SyncStatus(cqc.baseUrl(), state == null ? null : state.getSyncedUpTo(),
                state == null ? null : state.getLastRunAt(), state == null ? null : state.getLastResult(),
                workflows.nextStartTimer(CqcSyncProcess.PROCESS_ID).orElse(null));
    }

    /**
     * Imports a file of CQC location records (a JSON array, or an object with a "locations" array,
     * in the API's shape). The whole file is read and checked first: a malformed file changes nothing.
     */
    @RolesAllowed(Roles.QUALITY_OFFICER)
    public ImportReport importFile(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "Choose a file of CQC location records");
        }
        if (content.length > MAX_IMPORT_BYTES) {
            throw new InvalidInput("file", "The file is larger than " + MAX_IMPORT_BYTES / 1024 / 1024 + " MB");
        }
        var records = new LinkedHashMap<String, CqcRecord>();
        try (var reader = Json.createReader(new ByteArrayInputStream(content))) {
            JsonValue top = reader.readValue();
            JsonArray array = top instanceof JsonArray a ? a
                    : top instanceof JsonObject o && o.get("locations") instanceof JsonArray a2 ? a2 : null;
            if (array == null) {
                throw new InvalidInput("file", "The file must hold a JSON array of CQC location records");
            }
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonObject json)) {
                    throw new InvalidInput("file", "Record " + (i + 1) + " is not a JSON object; nothing was imported");
                }
                try {
                    var record = CqcRecords.location(json);
                    if (records.put(record.locationId(), record) != null) {
                        throw new InvalidInput("file", "Location " + record.locationId() + " appears twice; nothing "
                                + "was imported");
                    }
                } catch (CqcRecords.MalformedRecord e) {
                    throw new InvalidInput("file", "Record " + (i + 1) + ": " + e.getMessage() + "; nothing was imported");
                }
            }
        } catch (JsonException e) {
            throw new InvalidInput("file", "The file is not valid JSON; nothing was imported");
        }
        var changed = new ArrayList<String>();
        var unchanged = new ArrayList<String>();
        var notHeld = new ArrayList<String>();
        for (var record : records.values()) {
            switch (apply(record, RatingSource.CQC_IMPORT)) {
                case CHANGED -> changed.add(record.locationId() + " " + record.name());
                case UNCHANGED -> unchanged.add(record.locationId() + " " + record.name());
                case NOT_HELD -> notHeld.add(record.locationId() + " " + record.name());
            }
        }
        Versions.flush(em, "CQC location", "import");
        return new ImportReport(records.size(), changed, unchanged, notHeld);
    }

    /** A quality officer records a rating from evidence CQC has not published yet. */
    @RolesAllowed(Roles.QUALITY_OFFICER)
    public ProviderView recordEvidence(Long providerId, String locationId, Evidence evidence) {
        if (evidence == null) {
            throw new InvalidInput("rating", "Give the rating, its date, the report reference and the reason");
        }
        var location = location(providerId, locationId);
        var change = location.recordEvidence(evidence.rating(), evidence.ratingDate(), evidence.reference(),
                evidence.reason(), currentUser.username(), clock.instant(), LocalDate.now(clock));
        Versions.flush(em, "Location", location.getLocationId());
        updates.announce(change);
        return ProviderView.of(location.getProvider());
    }

    /** A location's ratings, newest first: staff, and the provider for its own locations. */
    @RolesAllowed({Roles.QUALITY_OFFICER, Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.PROVIDER})
    public List<RatingEntry> history(Long providerId, String locationId) {
        return location(providerId, locationId).getRatings().stream().map(RatingEntry::of).toList();
    }

    private RatingUpdates.Outcome apply(CqcRecord record, RatingSource source) {
        return updates.apply(record, source);
    }

    private CqcLocation location(Long providerId, String locationId) {
        var provider = providerId == null ? null : em.find(ProviderOrganisation.class, providerId);
        if (provider == null) {
            throw new RecordNotFound("Provider", providerId);
        }
        currentUser.requireOwnOrganisation(provider.getId(), "Provider", providerId);
        String id = CqcIds.location(locationId);
        return provider.location(id).orElseThrow(() -> new RecordNotFound("Location", id));
    }
}

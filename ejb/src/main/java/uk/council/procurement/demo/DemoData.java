package uk.council.procurement.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.boundary.Packages;
import uk.council.procurement.calloff.control.CallOffWorkflow;
import uk.council.procurement.calloff.control.PackageWorkflow;
import uk.council.procurement.calloff.entity.CarePackage;
import uk.council.procurement.calloff.entity.CarePackageDetails;
import uk.council.procurement.calloff.entity.ZoneRota;
import uk.council.procurement.calloff.entity.AnswerDetails;
import uk.council.procurement.calloff.entity.CapabilityLevel;
import uk.council.procurement.calloff.entity.CriterionDetails;
import uk.council.procurement.calloff.entity.CriterionKind;
import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.calloff.entity.RequirementDetails;
import uk.council.procurement.calloff.entity.Urgency;
import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.membership.control.Membership;
import uk.council.procurement.onboarding.entity.LotRecommendation;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.dps.entity.CareCategory;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsDetails;
import uk.council.procurement.dps.entity.LotDetails;
import uk.council.procurement.dps.entity.Regime;
import uk.council.procurement.onboarding.control.OnboardingWorkflow;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.onboarding.entity.DocumentKind;
import uk.council.procurement.onboarding.entity.Insurance;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.CqcRecord;
import uk.council.procurement.providers.entity.RatingSource;
import uk.council.procurement.security.boundary.CurrentUser;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.control.Accounts;

@Singleton
@Startup
@PermitAll
@DependsOn({"ProcessEngineBootstrap", "ContractBackfill"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    public static final String ENABLED_PROPERTY = "dps.demo-data";
    /** Password of every demo user (README lists the users). */
    public static final String PASSWORD = "demo-password";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Accounts accounts;

    @Inject
    OnboardingWorkflow workflow;

    @Inject
    Membership membership;

    @Inject
    CallOffWorkflow callOffWorkflow;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    PackageWorkflow packageWorkflow;

    @Inject
    uk.council.procurement.contracts.control.ContractRegister contractRegister;

    @Inject
    uk.council.procurement.contracts.control.ReviewStarter reviewStarter;

    @EJB
    AuditTrail audit;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return;
        }
        try {
            transaction.begin();
            if (accounts.exists("officer")) {
                transaction.rollback();
                return;
            }
            loadAll();
            transaction.commit();
            LOG.info("Demo data loaded: users officer, officer2, lead, lead2, chris, legal, quality, admin, provider, provider2, provider3, provider4, provider5, provider6");
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // the original failure matters
            }
            throw new IllegalStateException("Loading demo data failed", e);
        }
    }

    private void loadAll() {
        staff("officer", "Priya Shah", Roles.PROCUREMENT_OFFICER);
        staff("officer2", "Tom Jenkins", Roles.PROCUREMENT_OFFICER);
        staff("lead", "Helen Carter", Roles.COMMISSIONING_LEAD);
        staff("lead2", "Imran Ali", Roles.COMMISSIONING_LEAD);
        // An officer who is also a lead: may approve others' recommendations, never their own.
        accounts.createStaff("chris", PASSWORD, "Chris Morgan", "chris@council.example",
                Set.of(Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD));
        staff("legal", "Margaret Okafor", Roles.LEGAL);
        staff("quality", "Sam Patel", Roles.QUALITY_OFFICER);
        staff("admin", "Alex Morgan", Roles.ADMIN);

        var seed = staffordshireCareHomeDps();
        var bury = buryCareAtHomeFramework();
        var current = currentCareHomeDps();
        careAtHomeDynamicMarket();
        var careAtHome = careAtHomeFramework();

        // Organisations and locations as the demo CQC stub (ear/src/main/cqc-stub) serves them, so that
        // a sync or refresh in the demo finds the same records. Made-up ids and data, not CQC's.
        var irwell = provider("provider", "Anna Brooks", new OrganisationDetails("Irwell Valley Care Ltd", "04567123",
                "12 Bolton Street", null, "Ramsbottom", "BL0 9HX", "Anna Brooks", "anna@irwellvalley.example",
                "01706 555 0101", "1-100000001"));
        location(irwell, "1-101000001", "Irwell Valley House", "3 Bridge Street", "Ramsbottom", "BL0 9HX", "53.647200",
                "-2.317900", 38, RESIDENTIAL, CqcRating.GOOD, LocalDate.of(2025, 3, 14));
        location(irwell, "1-101000002", "Ramsbottom Lodge", "40 Carr Street", "Ramsbottom", "BL0 0AA", "53.651100",
                "-2.312600", 56, NURSING, CqcRating.OUTSTANDING, LocalDate.of(2024, 11, 2));

        var prestwich = provider("provider2", "David Cohen", new OrganisationDetails("Prestwich Home Care Ltd",
                "07788990", "5 Bury New Road", null, "Prestwich", "M25 1AA", "David Cohen",
                "david@prestwichhomecare.example", "0161 555 0102", "1-100000002"));
        location(prestwich, "1-101000003", "Prestwich branch", "5 Bury New Road", "Prestwich", "M25 1AA", "53.533400",
                "-2.284700", null, DOMICILIARY, CqcRating.REQUIRES_IMPROVEMENT, LocalDate.of(2025, 6, 20));

        var elton = provider("provider3", "Grace Lewis", new OrganisationDetails("Elton Manor Care Ltd", "09911223",
                "Elton Manor", "Elton Vale Road", "Bury", "BL8 2RZ", "Grace Lewis", "grace@eltonmanor.example",
                "0161 555 0103", "1-100000003"));
        location(elton, "1-101000004", "Elton Manor", "12 Elton Road", "Bury", "BL8 2RZ", "53.596600", "-2.324100",
                42, RESIDENTIAL, CqcRating.INADEQUATE, LocalDate.of(2026, 8, 5));
        em.flush();

        // Care at home: two Lot 1 providers share Bury East on a rota; one of them and a third are in Lot 2.
        var buryEast = provider("provider4", "Ruth Evans", new OrganisationDetails("Bury East Home Care Ltd", "08123456",
                "20 Rochdale Road", null, "Bury", "BL9 7AY", "Ruth Evans", "ruth@buryeasthomecare.example",
                "0161 555 0104", "1-100000005"));
        location(buryEast, "1-101000009", "Bury East Home Care", "20 Rochdale Road", "Bury", "BL9 7AY", "53.594700",
                "-2.280300", null, DOMICILIARY, CqcRating.GOOD, LocalDate.of(2025, 9, 10));
        var tottington = provider("provider5", "Owen Hughes", new OrganisationDetails("Tottington Care at Home Ltd",
                "08234567", "7 Market Street", null, "Tottington", "BL8 3LL", "Owen Hughes",
                "owen@tottingtoncare.example", "0120 455 0105", "1-100000006"));
        location(tottington, "1-101000010", "Tottington Care at Home", "7 Market Street", "Tottington", "BL8 3LL",
                "53.613900", "-2.339200", null, DOMICILIARY, CqcRating.OUTSTANDING, LocalDate.of(2024, 12, 3));
        var radcliffe = provider("provider6", "Fatima Khan", new OrganisationDetails("Radcliffe Community Care Ltd",
                "08345678", "2 Blackburn Street", null, "Radcliffe", "M26 1NQ", "Fatima Khan",
                "fatima@radcliffecare.example", "0161 555 0106", "1-100000007"));
        location(radcliffe, "1-101000011", "Radcliffe Community Care", "2 Blackburn Street", "Radcliffe", "M26 1NQ",
                "53.561800", "-2.326400", null, DOMICILIARY, CqcRating.GOOD, LocalDate.of(2025, 5, 22));
        em.flush();

        submittedApplication(current, elton);
        admittedApplication(current, irwell, "provider", List.of("R1", "N1"));
        demoCallOffs(current, irwell);
        admittedApplication(careAtHome, buryEast, "provider4", List.of("1-BE"));
        admittedApplication(careAtHome, tottington, "provider5", List.of("1-BE", "2"));
        admittedApplication(careAtHome, radcliffe, "provider6", List.of("2"));
        demoCascade(careAtHome, buryEast, tottington);
        demoContracts(seed, bury, careAtHome, List.of(buryEast, tottington, radcliffe));
    }

    /**
     * The register: every open market's contract; Bury's agreements as the issue's example (25/10/2021 to
     * 24/10/2024, up to 24 months at a time, 5 years in all, 3 months' notice), the two Lot 1 providers
     * extended by 12 months on the 2024 cabinet decision; and the current framework's agreements, whose
     * first term ends five months from now, so that the extension decision is due in the demo whatever the day.
     */
    private void demoContracts(Dps seed, Dps bury, Dps careAtHome, List<ProviderOrganisation> careAtHomeProviders) {
        var now = clock.instant();
        var today = LocalDate.now(clock);
        contractRegister.ensureMarket(seed, "officer");
        contractRegister.ensureMarket(bury, "officer");
        String[] spends = {"1240000.00", "980000.00", "415000.00"};
        for (int i = 0; i < careAtHomeProviders.size(); i++) {
            var provider = careAtHomeProviders.get(i);
            boolean lot1 = i < 2;
            var agreement = new uk.council.procurement.contracts.entity.Contract(
                    uk.council.procurement.contracts.entity.ContractKind.AGREEMENT, bury, provider,
                    new uk.council.procurement.contracts.entity.ContractDetails(
                            "Care at home, " + (lot1 ? "Lot 1" : "Lot 2") + ": " + provider.getName(),
                            LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 24, 2, 60, 3,
                            new BigDecimal("19.85"), uk.council.procurement.contracts.entity.RateUnit.PER_HOUR,
                            new BigDecimal(spends[i])), "officer", now);
            em.persist(agreement);
            agreement.assignReference();
            em.flush(); // the insert carries the placeholder; only one may be pending at a time
            decisions.of(uk.council.procurement.contracts.control.ContractRegister.SUBJECT, agreement.getReference(),
                    "REGISTERED").because("Demo data: signed on paper in October 2021").details(agreement.getTitle())
                    .record();
            if (lot1) {
                var extension = agreement.extend(12, LocalDate.of(2024, 7, 15), "legal", now);
                decisions.of(uk.council.procurement.contracts.control.ContractRegister.SUBJECT, agreement.getReference(),
                        "EXTENDED").because("Cabinet decision of 05/06/2024; deed of extension sealed (before this system)")
                        .details("12 months: expiry " + UkFormat.date(extension.currentExpiry()) + " to "
                                + UkFormat.date(extension.newExpiry()))
                        .record();
            }
        }
        LocalDate firstTermEnd = today.plusMonths(5).with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
        // four years in all, or enough for two more years whenever the demo runs
        int totalMonths = (int) Math.max(48, java.time.temporal.ChronoUnit.MONTHS.between(LocalDate.of(2025, 1, 6),
                firstTermEnd) + 25);
        String[] rates = {"23.10", "23.10", "22.45"};
        for (int i = 0; i < careAtHomeProviders.size(); i++) {
            var provider = careAtHomeProviders.get(i);
            var agreement = contractRegister.ensureAgreement(provider, careAtHome, today, "officer");
            agreement.change(new uk.council.procurement.contracts.entity.ContractDetails(
                    "Care at home framework 2025: " + provider.getName(), LocalDate.of(2025, 1, 6), firstTermEnd, 12, 2,
                    totalMonths, 3, new BigDecimal(rates[i]), uk.council.procurement.contracts.entity.RateUnit.PER_HOUR,
                    new BigDecimal(spends[i])), "officer", now);
            decisions.of(uk.council.procurement.contracts.control.ContractRegister.SUBJECT, agreement.getReference(),
                    "CHANGED").because("Demo data: the signed agreement's terms")
                    .details("First term 06/01/2025 to " + UkFormat.date(firstTermEnd) + "; extensions of up to 12 months, "
                            + "at most 2, " + totalMonths + " months in all, notice 3 months before expiry")
                    .record();
            // four quarters of returns; Radcliffe's call monitoring falls short of the specification
            int[][] quarters = {{2025, 2}, {2025, 3}, {2025, 4}, {2026, 1}};
            for (int q = 0; q < quarters.length; q++) {
                boolean shortfall = i == 2;
                em.persist(new uk.council.procurement.contracts.entity.KpiReturn(agreement,
                        new uk.council.procurement.contracts.entity.KpiDetails(quarters[q][0], quarters[q][1],
                                new BigDecimal(shortfall ? "87.5" : "94.0").add(BigDecimal.valueOf(q)), shortfall ? 3 : q % 2,
                                new BigDecimal(shortfall ? "34.0" : "18.5"), new BigDecimal(shortfall ? "82.0" : "98.5"),
                                shortfall ? "ECM system not compliant with the specification" : null),
                        today, "quality", now));
            }
        }
        em.flush();
        // their notice deadline is two months away: the review is under way, waiting for the officers
        reviewStarter.start(careAtHome, "officer");
    }

    /**
     * Bury East's rota (Bury East Home Care on duty this week, Tottington next) and a hospital discharge
     * package raised now: the cascade offers it to the provider on duty as soon as the server is up.
     */
    private void demoCascade(Dps dps, ProviderOrganisation first, ProviderOrganisation second) {
        var zone = dps.lotByCode("1-BE").orElseThrow();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, uk.council.procurement.platform.Clocks.UK);
        em.persist(new ZoneRota(zone, first, second, ZoneRota.weekOf(today), "officer", now));
        var carePackage = new CarePackage(zone, new CarePackageDetails("DEMO-51024",
                "Leaving Fairfield General; needs help to wash, dress and with meals", "BL9 7TD", today.plusDays(1),
                Urgency.HOSPITAL_DISCHARGE, null, new BigDecimal("24.50"), "Key safe: the code is with the duty team",
                demoSchedule()), "officer", now, today);
        em.persist(carePackage);
        carePackage.assignReference(today.getYear());
        em.flush();
        decisions.of(Packages.SUBJECT, carePackage.getReference(), "RAISED").because("Demo data")
                .details("Bury East, BL9 7TD, 14 hours a week at £24.50 an hour").record();
        packageWorkflow.start(carePackage);
    }

    /**
     * Irwell Valley Care (provider) was admitted to lots R1 and N1 of the current DPS: application,
     * checks, recommendation by officer, approval by lead and agreement as the screens would record them.
     */
    private void admittedApplication(Dps dps, ProviderOrganisation provider, String providerUser, List<String> lotCodes) {
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var application = new Application(dps, provider, now);
        em.persist(application);
        application.assignReference(today.getYear());
        var lots = lotCodes.stream().map(code -> dps.lotByCode(code).orElseThrow()).toList();
        application.applyForLots(lots);
        application.updateInsurance(new Insurance("Northern Mutual Insurance", "NM-301175",
                new BigDecimal("10000000.00"), new BigDecimal("5000000.00"), today.plusYears(1)));
        byte[] pdf = minimalPdf();
        for (DocumentKind kind : DocumentKind.values()) {
            application.attach(kind, kind.name().toLowerCase() + ".pdf", "application/pdf", pdf, providerUser, now);
        }
        application.submit(today, now, calendar);
        application.recordChecks(today);
        application.recommend(lots.stream().map(l -> new LotRecommendation(l.getId(), AdmissionOutcome.ADMIT,
                "Meets the lot's policy")).toList(), "officer", now);
        application.approve("lead", now);
        application.acceptAgreement(providerUser, now);
        membership.admit(application);
        em.flush();
        decisions.of("APPLICATION", application.getReference(), "ADMITTED").because("Demo data")
                .details("Lots: " + String.join(", ", lotCodes) + " (admitted by demo data for " + providerUser + ")")
                .record();
    }

    /** Every day: 08:00 for 45 minutes with 2 carers, 12:30 and 17:30 for 30 minutes, 21:00 for 15 (19.25 hours a week). */
    private static List<uk.council.procurement.calloff.entity.VisitDetails> demoSchedule() {
        var visits = new java.util.ArrayList<uk.council.procurement.calloff.entity.VisitDetails>();
        for (var day : java.time.DayOfWeek.values()) {
            visits.add(new uk.council.procurement.calloff.entity.VisitDetails(day, java.time.LocalTime.of(8, 0), 2, 45));
            visits.add(new uk.council.procurement.calloff.entity.VisitDetails(day, java.time.LocalTime.of(12, 30), 1, 30));
            visits.add(new uk.council.procurement.calloff.entity.VisitDetails(day, java.time.LocalTime.of(17, 30), 1, 30));
            visits.add(new uk.council.procurement.calloff.entity.VisitDetails(day, java.time.LocalTime.of(21, 0), 1, 15));
        }
        return visits;
    }

    private static final List<CriterionDetails> DEMO_CRITERIA = List.of(
            new CriterionDetails(CriterionKind.MUST_HAVE, "Ground-floor room with an en-suite", null),
            new CriterionDetails(CriterionKind.CAPABILITY, "Staff trained in dementia care on every shift", 30),
            new CriterionDetails(CriterionKind.QUESTION,
                    "How will you help the person keep in touch with their family and community?", 10));

    /**
     * Two requirements in lot R1: one open for offers until tomorrow (provider can answer it), and one
     * whose offers closed yesterday with Irwell's offer in, waiting for the officers' evaluation.
     */
    private void demoCallOffs(Dps dps, ProviderOrganisation irwell) {
        var lot = dps.lotByCode("R1").orElseThrow();
        var now = clock.instant();
        em.persist(new uk.council.procurement.calloff.entity.CriteriaTemplate(lot, "Hospital discharge with dementia",
                DEMO_CRITERIA, "officer", now));
        em.persist(new uk.council.procurement.calloff.entity.CriteriaTemplate(lot, "Respite stay", List.of(
                new CriterionDetails(CriterionKind.MUST_HAVE, "Room available for stays of one to four weeks", null),
                new CriterionDetails(CriterionKind.CAPABILITY, "Can support the person's own medication routine", 20),
                new CriterionDetails(CriterionKind.QUESTION, "How will you keep the carer informed during the stay?", 10)),
                "officer", now));
        em.persist(new uk.council.procurement.calloff.entity.CriteriaTemplate(dps.lotByCode("N1").orElseThrow(),
                "Nursing placement", List.of(
                new CriterionDetails(CriterionKind.MUST_HAVE, "Registered nurse on site day and night", null),
                new CriterionDetails(CriterionKind.MUST_HAVE, "Profiling bed and pressure-relieving mattress", null),
                new CriterionDetails(CriterionKind.CAPABILITY, "Experience of PEG feeding", 20),
                new CriterionDetails(CriterionKind.QUESTION, "How will you plan care with the person's family?", 10)),
                "officer", now));
        var today = LocalDate.now(clock);
        var open = requirement(lot, "DEMO-48213", "Moving from hospital; uses a walking frame", now,
                now.plus(java.time.Duration.ofHours(26)), today.plusDays(3));
        invite(open, irwell, now);
        em.flush();
        callOffWorkflow.start(open);

        var earlier = now.minus(java.time.Duration.ofDays(3));
        var closed = requirement(lot, "DEMO-47790", "Early-stage dementia; likes gardening", earlier,
                now.minus(java.time.Duration.ofDays(1)), today.plusDays(5));
        var invitation = invite(closed, irwell, earlier);
        invitation.offer(new BigDecimal("895.00"), today.plusDays(5), "Garden room available",
                List.of(new AnswerDetails(true, null, null), new AnswerDetails(null, CapabilityLevel.FULLY, null),
                        new AnswerDetails(null, null, "Weekly video calls with family, and a volunteer who takes "
                                + "residents to the local garden club.")), "provider", earlier.plusSeconds(3600));
        closed.closeOffers(now.minus(java.time.Duration.ofDays(1)));
        em.flush();
        callOffWorkflow.startAtEvaluation(closed, 1);

        // A block of four respite places at Irwell Valley House for six months, one of them taken.
        var block = new uk.council.procurement.calloff.entity.BlockCallOff(lot, irwell, "1-101000001",
                "Irwell Valley House", "Respite beds", today, today.plusMonths(6), 4, new BigDecimal("980.00"), "officer",
                now, today);
        em.persist(block);
        block.assignReference(today.getYear());
        block.place("DEMO-50017", today.plusDays(2), today.plusDays(15), "officer", now, today);
        em.flush();
        decisions.of(uk.council.procurement.calloff.boundary.BlockCallOffs.SUBJECT, block.getReference(), "CREATED")
                .because("Demo data").details("4 places at Irwell Valley House (Irwell Valley Care Ltd)").record();
        contractRegister.registerBlock(block, "officer");
        decisions.of(uk.council.procurement.calloff.boundary.BlockCallOffs.SUBJECT, block.getReference(), "PLACED")
                .because("Demo data").details("DEMO-50017 from " + uk.council.procurement.platform.UkFormat.date(
                        today.plusDays(2)) + " to " + uk.council.procurement.platform.UkFormat.date(today.plusDays(15)))
                .record();
        decisions.of(Requirements.SUBJECT, closed.getReference(), "OFFERS_CLOSED").because("Demo data")
                .details("1 offer, 0 declined, 0 without an answer").record();
    }

    private Requirement requirement(uk.council.procurement.dps.entity.Lot lot, String person, String needs,
            java.time.Instant at, java.time.Instant deadline, LocalDate start) {
        var requirement = new Requirement(lot, new RequirementDetails(person, needs, "BL9 0EJ", start,
                Urgency.HOSPITAL_DISCHARGE, new BigDecimal("950.00"), deadline, DEMO_CRITERIA), "officer", at);
        em.persist(requirement);
        requirement.assignReference(LocalDate.now(clock).getYear());
        requirement.issue("officer", at, LocalDate.ofInstant(at, uk.council.procurement.platform.Clocks.UK), null);
        decisions.of(Requirements.SUBJECT, requirement.getReference(), "ISSUED").because("Demo data")
                .details("Sent to 1 location of 1 provider; offers by "
                        + uk.council.procurement.platform.UkFormat.dateTime(deadline)).record();
        return requirement;
    }

    private Invitation invite(Requirement requirement, ProviderOrganisation provider, java.time.Instant at) {
        var invitation = new Invitation(requirement, provider, provider.getName(), "1-101000001", "Irwell Valley House",
                CqcRating.GOOD, at);
        em.persist(invitation);
        return invitation;
    }

    private static final String RESIDENTIAL = "Care home service without nursing";
    private static final String NURSING = "Care home service with nursing";
    private static final String DOMICILIARY = "Domiciliary care service";

    private void location(ProviderOrganisation provider, String locationId, String name, String street, String town,
            String postcode, String latitude, String longitude, Integer beds, String serviceType, CqcRating rating,
            LocalDate ratingDate) {
        var record = new CqcRecord(locationId, provider.getCqcProviderId(), name, street, town, postcode, "Bury",
                new java.math.BigDecimal(latitude), new java.math.BigDecimal(longitude), beds != null, beds, true,
                LocalDate.of(2015, 6, 1), null, java.util.List.of(serviceType), rating, ratingDate, null,
                java.util.Map.of());
        provider.addLocation(record, RatingSource.CQC_IMPORT, CurrentUser.SYSTEM, clock.instant());
    }

    private void staff(String username, String name, String role) {
        accounts.createStaff(username, PASSWORD, name, username + "@council.example", Set.of(role));
    }

    private ProviderOrganisation provider(String username, String name, OrganisationDetails details) {
        var provider = new ProviderOrganisation(details, clock.instant());
        em.persist(provider);
        accounts.createProviderUser(username, PASSWORD, name, details.contactEmail(), provider);
        return provider;
    }

    private Dps dps(DpsDetails details) {
        var dps = new Dps(details, clock.instant());
        em.persist(dps);
        decisions.of("DPS", dps.getReference(), "CREATED").because("Demo data")
                .details(dps.getTitle()).record();
        return dps;
    }

    /** The seed: Staffordshire's care home DPS, 11/12/2017 to 30/09/2019, two optional 12-month extensions. */
    private Dps staffordshireCareHomeDps() {
        var dps = dps(new DpsDetails("SCC-CH-DPS-2017", "Staffordshire Care Home DPS",
                "Residential and nursing care home placements for adults, in ten lots. A care home rated Inadequate "
                        + "may join but is suspended from new placements until it improves.",
                Regime.PCR_2015_DPS, LocalDate.of(2017, 12, 11), LocalDate.of(2019, 9, 30), 2, 12, 10, 15));
        careHomeLots(dps, CqcRating.REQUIRES_IMPROVEMENT, true);
        dps.open(LocalDate.of(2017, 12, 11));
        return dps;
    }

    /** The seed: Bury's care at home framework, 25/10/2021 to 24/10/2024; Lot 1 per zone, Lot 2 borough-wide. */
    private Dps buryCareAtHomeFramework() {
        var dps = dps(new DpsDetails("BURY-CAH-2021", "Bury Care at Home Framework",
                "Lot 1: primary providers per zone, two per zone on a week-on / week-off rota. Lot 2: up to 15 "
                        + "framework providers, borough-wide. New commissions only with providers rated Good or Outstanding.",
                Regime.PCR_2015_FRAMEWORK, LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 2, 12, 10, 15));
        careAtHomeLots(dps);
        dps.open(LocalDate.of(2021, 10, 25));
        return dps;
    }

    /** A care home DPS running now (a PCR 2015 DPS set up before 24/02/2025 may run to 23/02/2029). */
    private Dps currentCareHomeDps() {
        var dps = dps(new DpsDetails("CH-DPS-2024", "Care Homes DPS 2024-2028",
                "Residential and nursing care home placements for adults. Same lots and policy as the 2017 DPS.",
                Regime.PCR_2015_DPS, LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31), 1, 10, 10, 15));
        careHomeLots(dps, CqcRating.REQUIRES_IMPROVEMENT, true);
        dps.open(LocalDate.now(clock));
        return dps;
    }

    /** A dynamic market under the Procurement Act 2023, still being set up: its own evaluation clock. */
    private void careAtHomeDynamicMarket() {
        var dps = dps(new DpsDetails("DM-CAH-2026", "Care at Home Dynamic Market",
                "Care at home packages, borough-wide. Applications considered within 15 working days.",
                Regime.PA_2023_DYNAMIC_MARKET, LocalDate.of(2026, 4, 1), LocalDate.of(2030, 3, 31), 1, 24, 15, null));
        dps.addLot(LotDetails.of("1", "Care at home - borough-wide", CareSetting.CARE_AT_HOME, null, null, null,
                CqcRating.GOOD, false));
    }

    /**
     * A care-at-home framework running now, shaped like Bury's: Lot 1 per zone (two providers each, on a
     * week-on / week-off rota) and Lot 2 borough-wide; procured before the Procurement Act commenced.
     */
    private Dps careAtHomeFramework() {
        var dps = dps(new DpsDetails("CAH-FW-2025", "Care at Home Framework 2025-2029",
                "Lot 1: primary providers per zone, two per zone on a week-on / week-off rota. Lot 2: up to 15 "
                        + "framework providers, borough-wide, offered a package when Lot 1 cannot take it.",
                Regime.PCR_2015_FRAMEWORK, LocalDate.of(2025, 1, 6), LocalDate.of(2029, 1, 5), 2, 12, 10, 15));
        careAtHomeLots(dps);
        dps.open(LocalDate.of(2025, 1, 6));
        em.flush();
        return dps;
    }

    /** Bury's lots: Lot 1 per zone (two providers each), Lot 2 borough-wide (up to 15); Good or better. */
    private static void careAtHomeLots(Dps dps) {
        for (String[] zone : new String[][] {{"1-BN", "Bury North"}, {"1-BE", "Bury East"}, {"1-BW", "Bury West"},
                {"1-PW", "Prestwich"}, {"1-WF", "Whitefield"}}) {
            // Bury's delegation: Lot 1 extensions go to cabinet, Lot 2 decisions to the commissioning lead
            dps.addLot(new LotDetails(zone[0], "Lot 1 primary provider - " + zone[1], CareSetting.CARE_AT_HOME, null,
                    zone[1], 2, CqcRating.GOOD, false, null, null, null,
                    uk.council.procurement.dps.entity.ExtensionApproval.CABINET));
        }
        dps.addLot(LotDetails.of("2", "Lot 2 framework provider - borough-wide", CareSetting.CARE_AT_HOME, null, null,
                15, CqcRating.GOOD, false));
    }

    private void careHomeLots(Dps dps, CqcRating minimum, boolean admitInadequateSuspended) {
        int n = 1;
        for (CareCategory category : CareCategory.values()) {
            dps.addLot(LotDetails.of("R" + n, "Residential care - " + category.label(), CareSetting.RESIDENTIAL,
                    category, null, null, minimum, admitInadequateSuspended));
            dps.addLot(LotDetails.of("N" + n, "Nursing care - " + category.label(), CareSetting.NURSING, category,
                    null, null, minimum, admitInadequateSuspended));
            n++;
        }
        em.flush();
    }

    /** Elton Manor (rated Inadequate) has applied to two lots and waits for an officer. */
    private void submittedApplication(Dps dps, ProviderOrganisation provider) {
        var application = new Application(dps, provider, clock.instant());
        em.persist(application);
        application.assignReference(LocalDate.now(clock).getYear());
        application.applyForLots(List.of(dps.lotByCode("R1").orElseThrow(), dps.lotByCode("R2").orElseThrow()));
        application.updateInsurance(new Insurance("Northern Mutual Insurance", "NM-448812",
                new BigDecimal("10000000.00"), new BigDecimal("5000000.00"), LocalDate.now(clock).plusYears(1)));
        byte[] pdf = minimalPdf();
        for (DocumentKind kind : DocumentKind.values()) {
            application.attach(kind, kind.name().toLowerCase() + ".pdf", "application/pdf", pdf, "provider3",
                    clock.instant());
        }
        application.submit(LocalDate.now(clock), clock.instant(), calendar);
        em.flush();
        workflow.start(application);
        decisions.of("APPLICATION", application.getReference(), "SUBMITTED").because("Demo data")
                .details("Lots: R1, R2 (submitted by demo data for provider3)").record();
    }

    static byte[] minimalPdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
                + "3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}

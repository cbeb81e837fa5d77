package uk.council.procurement.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a market at a large council's scale in the benchmark's PostgreSQL database, in set-based SQL
 * (seconds, not the hours the API would take): 2,000 provider organisations with 3 CQC locations each
 * (6,000, spread over Greater Manchester), 500 of them admitted to the benchmark lot with one location
 * each, a provider user for each of the 500 (the demo provider's password), and 50,000 past call-offs
 * in the lot with 3 invitations each and a contract. Ids start at {@value #BASE} so that they never
 * meet those the application's sequences hand out.
 */
final class MarketGenerator {

    static final long BASE = 500_000_000L;
    static final int PROVIDERS = 2_000;
    static final int LOCATIONS_EACH = 3;
    static final int ADMITTED = 500;
    static final int PAST_CALL_OFFS = 50_000;
    static final String USER_PREFIX = "bench-";

    private MarketGenerator() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/dps_bench"),
                System.getProperty("pg.user", "postgres"), System.getProperty("pg.password", "postgres"));
    }

    /** Fills the lot; returns the statements' time in ms. */
    static long generate(long lotId) throws SQLException {
        long started = System.nanoTime();
        try (var db = connect(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            long dps;
            try (var rs = sql.executeQuery("select dps_id from lot where id = " + lotId)) {
                rs.next();
                dps = rs.getLong(1);
            }
            sql.execute("""
                    insert into provider_organisation (id, version, name, company_number, address_line1, town, postcode,
                        contact_name, contact_email, created_at, cqc_provider_id)
                    select %1$d + n, 0, 'Bench Care ' || n || ' Ltd', lpad(n::text, 8, '0'), n || ' Market Street', 'Bury',
                        'BL9 0EJ', 'Manager ' || n, 'manager' || n || '@bench.example', now() - interval '3 years',
                        '1-9' || lpad(n::text, 8, '0')
                    from generate_series(1, %2$d) n""".formatted(BASE, PROVIDERS));
            // Locations scattered over about 55 km by 45 km around Manchester; the first of each provider's three is a care home
            sql.execute("""
                    insert into cqc_location (id, version, provider_id, location_id, name, postcode, rating, rating_date,
                        address_line1, town, local_authority, latitude, longitude, care_home, beds, registered,
                        registration_date, rating_source, cqc_rating, cqc_rating_date, synced_at)
                    select %1$d + n, 0, %1$d + (n + 2) / 3, '1-8' || lpad(n::text, 8, '0'), 'Bench House ' || n, 'BL9 0EJ',
                        case when n %% 10 = 0 then 'OUTSTANDING' when n %% 7 = 0 then 'REQUIRES_IMPROVEMENT' else 'GOOD' end,
                        current_date - 200, n || ' Bench Road', 'Bury', 'Bury',
                        round((53.30 + (hashtext('lat' || n) & 65535) / 65535.0 * 0.50)::numeric, 6),
                        round((-2.65 + (hashtext('lon' || n) & 65535) / 65535.0 * 0.80)::numeric, 6),
                        true, 30, true, date '2015-06-01', 'CQC_SYNC',
                        case when n %% 10 = 0 then 'OUTSTANDING' when n %% 7 = 0 then 'REQUIRES_IMPROVEMENT' else 'GOOD' end,
                        current_date - 200, now()
                    from generate_series(1, %2$d) n""".formatted(BASE, PROVIDERS * LOCATIONS_EACH));
            sql.execute("""
                    insert into cqc_location_service_type (location_id, service_type)
                    select %1$d + n, case when n %% 3 = 2 then 'Care home service with nursing'
                        else 'Care home service without nursing' end
                    from generate_series(1, %2$d) n""".formatted(BASE, PROVIDERS * LOCATIONS_EACH));
            // 500 admitted providers (1..500), each with its first location covered by the admission
            sql.execute("""
                    insert into application (id, version, reference, dps_id, provider_id, status, created_at, submitted_at,
                        submitted_on, due_date, deadline_extended, decided_by, decided_at)
                    select %1$d + n, 0, 'APP-B-' || n, %3$d, %1$d + n, 'ADMITTED', now() - interval '400 days',
                        now() - interval '390 days', current_date - 390, current_date - 370, false, 'lead',
                        now() - interval '380 days'
                    from generate_series(1, %2$d) n""".formatted(BASE, ADMITTED, dps));
            sql.execute("""
                    insert into admission (id, version, provider_id, lot_id, application_id, status, admitted_on)
                    select %1$d + n, 0, %1$d + n, %3$d, %1$d + n, 'ACTIVE', current_date - 380
                    from generate_series(1, %2$d) n""".formatted(BASE, ADMITTED, lotId));
            sql.execute("""
                    insert into admission_location (admission_id, location_id)
                    select %1$d + n, %1$d + 3 * n - 2 from generate_series(1, %2$d) n""".formatted(BASE, ADMITTED));
            sql.execute("""
                    insert into user_account (id, version, username, password_hash, password_salt, password_iterations,
                        full_name, email, provider_id, enabled, created_at)
                    select %1$d + n, 0, '%3$s' || n, u.password_hash, u.password_salt, u.password_iterations,
                        'Bench User ' || n, '%3$s' || n || '@bench.example', %1$d + n, true, now()
                    from generate_series(1, %2$d) n, user_account u where u.username = 'provider'"""
                    .formatted(BASE, ADMITTED, USER_PREFIX));
            sql.execute("insert into user_role (user_id, role) select %1$d + n, 'provider' from generate_series(1, %2$d) n"
                    .formatted(BASE, ADMITTED));
            // 50,000 past call-offs over three years: 3 invitations each (the first won), a contract each
            sql.execute("""
                    insert into requirement (id, version, reference, lot_id, person_reference, postcode, start_date, urgency,
                        weekly_budget, offer_deadline, status, raised_by, raised_at, issued_by, issued_at, closed_at,
                        quality_weight, approval_threshold, award_annual_value, award_needs_approval, award_proposed_by,
                        award_proposed_at, awarded_at)
                    select %1$d + n, 3, 'REQ-B-' || n, %3$d, 'BENCH-' || n, 'BL9 0EJ',
                        current_date - 1100 + n / 46, 'ROUTINE', 950.00,
                        now() - interval '1100 days' + (n / 46) * interval '1 day' + interval '1 day', 'AWARDED', 'officer',
                        now() - interval '1100 days' + (n / 46) * interval '1 day', 'officer',
                        now() - interval '1100 days' + (n / 46) * interval '1 day',
                        now() - interval '1100 days' + (n / 46) * interval '1 day' + interval '1 day', 60, 60000.00,
                        47448.36, false, 'officer', now() - interval '1098 days' + (n / 46) * interval '1 day',
                        now() - interval '1097 days' + (n / 46) * interval '1 day'
                    from generate_series(1, %2$d) n""".formatted(BASE, PAST_CALL_OFFS, lotId));
            sql.execute("""
                    insert into invitation (id, version, requirement_id, provider_id, provider_name, location_code,
                        location_name, rating_at_issue, invited_at, status, weekly_price, earliest_start, answered_at,
                        answered_by, final_rank)
                    select %1$d + 3 * n + k, 1, %1$d + n, %1$d + p, 'Bench Care ' || p || ' Ltd',
                        '1-8' || lpad((3 * p - 2)::text, 8, '0'), 'Bench House ' || (3 * p - 2), 'GOOD', r.issued_at,
                        case when k = 0 then 'AWARDED' when k = 1 then 'OFFERED' else 'NO_ANSWER' end,
                        case when k < 2 then 900.00 + k * 25 end, case when k < 2 then r.start_date end,
                        case when k < 2 then r.issued_at + interval '3 hours' end,
                        case when k < 2 then '%4$s' || p end, case when k < 2 then k + 1 end
                    from generate_series(1, %2$d) n cross join generate_series(0, 2) k
                    cross join lateral (select 1 + (n * 7 + k * 131) %% %3$d as p) pick
                    join requirement r on r.id = %1$d + n""".formatted(BASE, PAST_CALL_OFFS, ADMITTED, USER_PREFIX));
            sql.execute("update requirement set award_invitation_id = id * 3 - %1$d * 2 where id > %1$d and id <= %1$d + %2$d"
                    .formatted(BASE, PAST_CALL_OFFS));
            sql.execute("""
                    insert into call_off_contract (id, version, reference, requirement_id, invitation_id, lot_id, provider_id,
                        provider_name, location_code, location_name, person_reference, weekly_price, annual_value,
                        start_date, created_at)
                    select %1$d + n, 0, 'CO-B-' || n, r.id, i.id, r.lot_id, i.provider_id, i.provider_name, i.location_code,
                        i.location_name, r.person_reference, i.weekly_price, 47448.36, r.start_date, r.awarded_at
                    from generate_series(1, %2$d) n join requirement r on r.id = %1$d + n
                    join invitation i on i.id = %1$d + 3 * n""".formatted(BASE, PAST_CALL_OFFS));
            db.commit();
            db.setAutoCommit(true);
            sql.execute("analyze");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Gives every still-open invitation of the requirement an offer (the providers the load test does not drive). */
    static int offerForTheRest(String reference) throws SQLException {
        try (var db = connect(); Statement sql = db.createStatement()) {
            return sql.executeUpdate("""
                    update invitation i set status = 'OFFERED', weekly_price = 880.00 + (i.id %% 120), version = i.version + 1,
                        earliest_start = r.start_date, answered_at = now(), answered_by = 'bench'
                    from requirement r where r.id = i.requirement_id and r.reference = '%s' and i.status = 'INVITED'"""
                    .formatted(reference));
        }
    }

    /** How many offers of the requirement are stored. */
    static int offersStored(String reference) throws SQLException {
        try (var db = connect(); Statement sql = db.createStatement();
                var rs = sql.executeQuery("select count(*) from invitation i join requirement r on r.id = i.requirement_id "
                        + "where r.reference = '" + reference + "' and i.status = 'OFFERED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

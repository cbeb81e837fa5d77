package uk.council.procurement.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API, under /dps/api. Its OpenAPI document is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "DPS procurement API", version = "1.0",
                description = "Dynamic purchasing systems for adult social care: DPSs and lots, provider "
                        + "organisations, applications to join and their decisions. Authenticate with HTTP Basic "
                        + "(the same accounts as the screens). Errors are RFC 9457 problem documents "
                        + "(application/problem+json). Dates are ISO 8601 (UK dates), instants are UTC, money is GBP."),
        security = @SecurityRequirement(name = "basic"),
        tags = {
                @Tag(name = "DPS", description = "Dynamic purchasing systems and their lots"),
                @Tag(name = "Providers", description = "Care provider organisations and their CQC locations"),
                @Tag(name = "CQC register", description = "Sync and import of CQC's register of locations and ratings"),
                @Tag(name = "Membership", description = "Admissions to lots: suspension, lifting, covered locations"),
                @Tag(name = "Applications", description = "Applications to join a DPS, from draft to admission"),
                @Tag(name = "Tasks", description = "Open onboarding tasks of the caller's role")
        })
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApi extends Application {
}

package uk.council.procurement.platform.workflow;

/**
 * What a task is about, as the inbox shows it.
 *
 * @param title    the business object ("APP-2026-00012")
 * @param provider the provider organisation concerned, if any
 * @param market   the DPS or market ("CH-DPS-2024 Care homes")
 * @param detail   a short line of what else matters ("2 lots · deadline extended")
 * @param link     the screen to open, relative to the application ("onboarding/review.xhtml?ref=...")
 */
public record TaskSubject(String title, String provider, String market, String detail, String link) {
}

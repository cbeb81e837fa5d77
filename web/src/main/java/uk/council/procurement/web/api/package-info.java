/**
 * The JSON API for the host ERP: its JAX-RS application, the HTTP Basic challenge, and RFC 9457
 * problem responses for every refusal. Resources live beside the screens of their capability.
 */
package uk.council.procurement.web.api;

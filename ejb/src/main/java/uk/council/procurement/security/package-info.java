/**
 * Who is calling: user accounts (stored hashed, read by the server's Elytron jdbc-realm for both
 * form login and HTTP Basic), the five roles, and {@link uk.council.procurement.security.boundary.CurrentUser},
 * through which every boundary scopes a provider user to its own organisation.
 */
package uk.council.procurement.security;

/**
 * What every capability stands on: the database migrations, the embedded process engine, the
 * clock, and the exceptions that boundaries throw to say why a request was refused.
 */
package uk.council.procurement.platform;

/** Contracts: the register, a contract's page, its API. */
package uk.council.procurement.web.contracts;

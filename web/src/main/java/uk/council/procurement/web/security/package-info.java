/** The signed-in user on the screens: who, in which roles, home page, sign-out. */
package uk.council.procurement.web.security;

/** Public holiday calendars of countries, from the jollyday library, behind the domain's {@code PublicHolidays} port. */
package org.salessequences.infrastructure.holidays;

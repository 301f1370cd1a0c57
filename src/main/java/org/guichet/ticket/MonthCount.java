package org.guichet.ticket;

import java.time.YearMonth;

/**
 * How many tickets were opened in one month.
 */
public record MonthCount(YearMonth month, long count) {

}

package org.borderledger.summary;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the consignment list counts its matches ({@code borderledger.list}).
 *
 * @param countHorizon matches counted past the page asked for; a filter matching more is shown as "1–25 of more
 *                     than …" (an exact count of a broad filter over a million rows costs more than the page)
 */
@ConfigurationProperties("borderledger.list")
@Validated
record ConsignmentListProperties(@DefaultValue("1000") @PositiveOrZero int countHorizon) {
}

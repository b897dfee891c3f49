package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.CurrencyCode;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HsCode;
import org.borderledger.consignment.api.Mass;
import org.borderledger.consignment.api.Money;
import org.borderledger.consignment.api.Party;
import org.borderledger.consignment.api.Quantity;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.ConsignmentTimeline;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.detail.api.FetchConsignmentTimelineQuery;
import org.borderledger.support.Commands;
import org.borderledger.support.Lifecycles;

/**
 * The consignments the page tests start from, declared through the command bus as the console
 * would, and waited for until the detail projection shows them. Ids and references are unique per
 * call: the test classes share one database.
 */
public record Stories(Commands commands, QueryGateway queries) {

    public Stories(CommandGateway gateway, QueryGateway queries) {
        this(new Commands(gateway), queries);
    }

    /** Declares as the Kurmangazy officer and waits until the detail is at {@code version}. */
    String declare(Declaration declaration, long version) {
        return declare(declaration, version, Lifecycles.OFFICER);
    }

    /** Declares as {@code officer} (of the declaration's post) and waits until the detail is at {@code version}. */
    String declare(Declaration declaration, long version, Actor officer) {
        String id = Lifecycles.unique("C");
        commands.send(new DeclareConsignmentCommand(id, declaration), officer);
        awaitVersion(id, version);
        return id;
    }

    /** GREEN goods (cotton T-shirts to Turkey); version 1. Random checks may still send it to YELLOW or RED. */
    String declared(String reference) {
        return declare(Declarations.withReference(reference), 1);
    }

    /** Integrated circuits to Turkey: monitored, so YELLOW, awaiting a document check; version 1. */
    String yellow(String reference) {
        return declare(Declarations.builder().reference(reference).goods(Declarations.goodsLine(1, "8542310000")).build(), 1);
    }

    /** Bound for Russia to a denied party: RED and held by screening (AUTO-1); version 2. */
    public String held(String reference) {
        return declare(Lifecycles.toASanctionedConsignee(reference), 2);
    }

    /** {@link #held}, then lifted by a supervisor as a false positive: RED, awaiting inspection; version 3. */
    String awaitingInspection(String reference) {
        return decided(reference, HoldDecision.LIFT, DecisionReason.FALSE_POSITIVE_MATCH, "");
    }

    /** {@link #held}, then hold AUTO-1 decided by s.karimov as said, with the written reasons "Registry extract checked"; version 3. */
    String decided(String reference, HoldDecision decision, DecisionReason reason, String agency) {
        String id = held(reference);
        commands.send(new ReviewHoldCommand(id, 2, "AUTO-1", decision, reason, "Registry extract checked", agency),
                Lifecycles.SUPERVISOR);
        awaitVersion(id, 3);
        return id;
    }

    /**
     * A possible re-export: 100 German ball bearings imported by an importer of its own (no identifier,
     * an address and a name no other story uses), then 150 exported to Russia by the same importer,
     * both declared by the Kurmangazy officer; the export is RED with the hit open, at version 1. Returns
     * the import's and the export's ids.
     */
    public List<String> reexport(String reference) {
        return reexport(reference, Lifecycles.OFFICER);
    }

    /** {@link #reexport(String)}, both declared by {@code declaredBy}. */
    List<String> reexport(String reference, Actor declaredBy) {
        String unique = Lifecycles.unique("R");
        Party importer = new Party("TOO Podshipnik " + unique, CountryCode.of("KZ"), null, "Atyrau, Satpayev street " + unique);
        String imported = declare(Declarations.builder().reference(reference + "-IM").direction(Direction.IMPORT)
                .fromCountry("DE").toDestination("KZ").exporter(Declarations.party("Lager Werke GmbH", "DE"))
                .consignee(importer).goods(bearings("100", "2000.00", "DE")).build(), 1, declaredBy);
        String exported = declare(Declarations.builder().reference(reference).exporter(importer).toDestination("RU")
                .goods(bearings("150", "3600.00", "KZ")).build(), 1, declaredBy);
        return List.of(imported, exported);
    }

    /** Bearings of {@code origin}: a re-export declares the imported goods local, as their coalition origin is banned. */
    private static GoodsLine bearings(String pieces, String euros, String origin) {
        return new GoodsLine(1, HsCode.of("8482100000"), "Ball bearings, radial", new Quantity(new BigDecimal(pieces), "PCE"),
                Mass.kg("120"), Mass.kg("100"), new Money(new BigDecimal(euros), CurrencyCode.of("EUR")), CountryCode.of(origin));
    }

    /** Waits until both projections the page shows, detail and timeline, have the consignment at this version. */
    ConsignmentDetail awaitVersion(String id, long version) {
        ConsignmentDetail[] seen = new ConsignmentDetail[1];
        await().untilAsserted(() -> {
            seen[0] = detail(id);
            assertThat(seen[0]).as("detail of " + id).isNotNull();
            assertThat(seen[0].version()).isEqualTo(version);
            assertThat(queries.query(new FetchConsignmentTimelineQuery(id), ConsignmentTimeline.class).join().entries())
                    .as("timeline of " + id).hasSize((int) version + 1);
        });
        return seen[0];
    }

    ConsignmentDetail detail(String id) {
        return queries.query(new FetchConsignmentDetailQuery(id), ResponseTypes.optionalInstanceOf(ConsignmentDetail.class))
                .join().orElse(null);
    }
}

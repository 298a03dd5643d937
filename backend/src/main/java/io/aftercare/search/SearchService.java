package io.aftercare.search;

import io.aftercare.asset.AssetService;
import io.aftercare.connection.ConnectionSearch;
import io.aftercare.customer.CustomerDirectory;
import io.aftercare.customer.CustomerDtos;
import io.aftercare.problem.ProblemException;
import io.aftercare.workorder.WorkOrderSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * One text, four answers: work orders by number or by their customer, customers by name or phone (their own or a
 * contact's, digits only, with or without +86), assets by serial number or plate, and connection applications by number
 * or by their customer. Each feature searches its own rows.
 */
@ApplicationScoped
public class SearchService {

    /** Customers whose orders are looked for: enough for a name shared by a few customers. */
    private static final int CUSTOMERS_FOR_ORDERS = 200;

    private final CustomerDirectory customers;
    private final WorkOrderSearch workOrders;
    private final AssetService assets;
    private final ConnectionSearch connections;

    public SearchService(CustomerDirectory customers, WorkOrderSearch workOrders, AssetService assets, ConnectionSearch connections) {
        this.customers = customers;
        this.workOrders = workOrders;
        this.assets = assets;
        this.connections = connections;
    }

    @Transactional
    public SearchDtos.SearchResults search(String q) {
        String text = q.strip();
        if (text.length() < 2) {
            throw ProblemException.invalidField("q", "type at least 2 characters");
        }
        // A request's caller is its customer (or one of its contacts), and a converted request's order keeps that
        // customer: matching customers by phone finds the orders their calls became.
        List<CustomerDtos.CustomerHit> matching = customers.search(text, CustomerDirectory.phoneVariants(text), CUSTOMERS_FOR_ORDERS);
        List<UUID> customerIds = matching.stream().map(CustomerDtos.CustomerHit::id).toList();
        return new SearchDtos.SearchResults(
                workOrders.search(text, customerIds, SearchDtos.PER_GROUP),
                matching.subList(0, Math.min(SearchDtos.PER_GROUP, matching.size())),
                assets.search(text, SearchDtos.PER_GROUP),
                connections.search(text, customerIds, SearchDtos.PER_GROUP));
    }
}

package org.salessequences.host.tryton;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.salessequences.log.LogId;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostCallBudget;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.HostTask;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;
import org.salessequences.spi.host.RecordType;
import org.salessequences.spi.host.SavedView;

/**
 * Tryton 6.0 behind the {@link HostCrm} port, over JSON-RPC.
 *
 * <p>Contacts are the parties that are neither organisations (the category {@code sales_sequences} admins give
 * accounts, "Organisation" by default) nor the party of a Tryton company; accounts are the organisations; a contact's
 * account is the organisation it is "Employee of" (party_relationship). Saved views are the saved searches
 * ({@code ir.ui.view_search}) of parties. Activities are notes ({@code ir.note}) on the party; tasks are project
 * tasks ({@code project.work}), done at 100% in the "Done" status as Tryton requires.
 *
 * <p>Paging is by keyset: {@code ["id", ">", cursor]} ordered by id, one row more than the page to tell whether
 * another follows; the cursor is the last id. Filter conditions are left to the caller (the port allows a superset).
 * Thread-safe: the looked-up ids are cached in volatile fields, the session in {@link TrytonRpc}.
 */
public class TrytonHostCrm implements HostCrm {

    private static final String PARTY = "model.party.party.";
    private static final JsonObject NO_CONTEXT = JsonValue.EMPTY_JSON_OBJECT;

    private final TrytonSettings settings;
    private final TrytonRpc rpc;
    private final Cached<Optional<Long>> organisationCategory = new Cached<>(this::findOrganisationCategory);
    private final Cached<List<Long>> companyParties = new Cached<>(this::findCompanyParties);

    public TrytonHostCrm(TrytonSettings settings, HostCallBudget budget) {
        this.settings = settings;
        this.rpc = new TrytonRpc(settings, HttpClient.newBuilder().connectTimeout(settings.timeout()).build(), budget);
    }

    TrytonRpc rpc() {
        return rpc;
    }

    /** Logs in (wrong URL, database or credentials show here) and reads the organisation category. */
    @Override
    public void probe() {
        rpc.login();
        organisationCategory.get();
    }

    @Override
    public Optional<HostContact> findContact(String contactId) {
        return findContacts(List.of(contactId)).stream().findFirst();
    }

    @Override
    public List<HostContact> findContacts(Collection<String> contactIds) {
        List<Long> ids = contactIds.stream().map(TrytonHostCrm::idOrNull).filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        JsonArrayBuilder domain = persons().add(clause("id", "in", longs(ids)));
        return contacts(searchRead(domain.build(), null, ids.size()));
    }

    @Override
    public Optional<HostContact> findContactByEmail(String email) {
        // SQLite's LIKE has no escape here (an "_" matches any character): the matches are checked exactly.
        JsonArray domain = persons().add(clause("contact_mechanisms.type", "=", "email"))
                .add(clause("contact_mechanisms.value", "ilike", email)).build();
        return contacts(searchRead(domain, null, 10)).stream()
                .filter(contact -> contact.email() != null && contact.email().equalsIgnoreCase(email)).findFirst();
    }

    @Override
    public Optional<HostAccount> findAccount(String accountId) {
        Long id = idOrNull(accountId);
        if (id == null || organisationCategory.get().isEmpty()) {
            return Optional.empty();
        }
        JsonArray domain = organisations().add(clause("id", "=", id)).build();
        return searchRead(domain, null, 1).stream().map(TrytonParties::account).findFirst();
    }

    @Override
    public Page<HostContact> contacts(RecordFilter filter, String cursor, int size) {
        JsonArrayBuilder domain = persons();
        if (filter.savedViewId() != null) {
            domain.add(viewDomain(filter.savedViewId()));
        }
        List<JsonObject> rows = searchRead(domain.build(), cursor, size + 1);
        return page(contacts(rows.subList(0, Math.min(size, rows.size()))), rows.size() > size, HostContact::id);
    }

    @Override
    public Page<HostAccount> accounts(RecordFilter filter, String cursor, int size) {
        if (organisationCategory.get().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        JsonArrayBuilder domain = organisations();
        if (filter.savedViewId() != null) {
            domain.add(viewDomain(filter.savedViewId()));
        }
        List<JsonObject> rows = searchRead(domain.build(), cursor, size + 1);
        return page(rows.subList(0, Math.min(size, rows.size())).stream().map(TrytonParties::account).toList(),
                rows.size() > size, HostAccount::id);
    }

    @Override
    public Page<HostContact> contactsOfAccount(String accountId, String cursor, int size) {
        Long account = idOrNull(accountId);
        if (account == null) {
            return new Page<>(List.of(), null);
        }
        JsonArrayBuilder domain = Json.createArrayBuilder().add(clause("to", "=", account))
                .add(clause("type.name", "=", settings.employeeRelation()));
        if (cursor != null) {
            domain.add(clause("from_", ">", cursorId(cursor)));
        }
        JsonArray relations = (JsonArray) rpc.call("model.party.relation.all.search_read", Json.createArrayBuilder()
                .add(domain).add(0).add(size + 1).add(order("from_")).add(Json.createArrayBuilder().add("from_"))
                .add(NO_CONTEXT).build());
        List<Long> members = relations.getValuesAs(JsonObject.class).stream()
                .map(relation -> relation.getJsonNumber("from_").longValue()).distinct().toList();
        List<Long> pageIds = members.subList(0, Math.min(size, members.size()));
        List<HostContact> contacts = pageIds.isEmpty() ? List.of()
                : contacts(searchRead(persons().add(clause("id", "in", longs(pageIds))).build(), null, pageIds.size()));
        String next = members.size() > size ? Long.toString(pageIds.get(pageIds.size() - 1)) : null;
        return new Page<>(contacts, next);
    }

    @Override
    public List<SavedView> savedViews() {
        JsonObject searches = (JsonObject) rpc.call("model.ir.ui.view_search.get_search",
                Json.createArrayBuilder().add(NO_CONTEXT).build());
        List<SavedView> views = new ArrayList<>();
        if (searches.get("party.party") instanceof JsonArray parties) {
            for (JsonArray search : parties.getValuesAs(JsonArray.class)) {
                views.add(new SavedView(search.get(0).toString(), search.getString(1), RecordType.CONTACT));
            }
        }
        return views;
    }

    @Override
    public void updateContact(String contactId, ContactUpdate update) {
        JsonObject values = TrytonParties.values(update);
        if (!values.isEmpty()) {
            rpc.call(PARTY + "write", Json.createArrayBuilder().add(Json.createArrayBuilder().add(partyId(contactId)))
                    .add(values).add(NO_CONTEXT).build());
        }
    }

    /** A note on the party: the title on its first line, then the type, the outcome and the details. */
    @Override
    public void logActivity(String contactId, HostActivity activity) {
        StringBuilder message = new StringBuilder(activity.title() == null ? activity.type() : activity.title());
        message.append("\n\n").append(activity.type());
        if (activity.outcome() != null) {
            message.append(" (").append(activity.outcome()).append(")");
        }
        message.append(", ").append(activity.at() == null ? Instant.now() : activity.at());
        if (activity.note() != null) {
            message.append("\n").append(activity.note());
        }
        rpc.call("model.ir.note.create", Json.createArrayBuilder().add(Json.createArrayBuilder().add(Json
                .createObjectBuilder().add("resource", "party.party," + partyId(contactId))
                .add("message", message.toString()))).add(NO_CONTEXT).build());
    }

    /** A project task of the first company, on the party; Tryton's tasks have no due date: it is in the comment. */
    @Override
    public String createTask(HostTask task) {
        long company = company();
        StringBuilder comment = new StringBuilder();
        if (task.note() != null) {
            comment.append(task.note()).append("\n");
        }
        if (task.dueAt() != null) {
            comment.append("Due ").append(task.dueAt()).append("\n");
        }
        comment.append(task.kind().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" for user ")
                .append(task.ownerId());
        JsonArray created = (JsonArray) rpc.call("model.project.work.create", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", task.title())
                        .add("type", "task").add("company", company).add("party", partyId(task.contactId()))
                        .add("comment", comment.toString())))
                .add(Json.createObjectBuilder().add("company", company)).build());
        return created.get(0).toString();
    }

    /** Tryton lets a task into a status only at that status' progress: "Done" needs 100%. */
    @Override
    public void completeTask(String taskId, String outcome, String note) {
        JsonArray statuses = (JsonArray) rpc.call("model.project.work.status.search_read", Json.createArrayBuilder()
                .add(JsonValue.EMPTY_JSON_ARRAY).add(0).add(JsonValue.NULL).add(order("progress"))
                .add(Json.createArrayBuilder().add("name").add("progress")).add(NO_CONTEXT).build());
        JsonObject done = statuses.getValuesAs(JsonObject.class).stream()
                .filter(status -> status.get("progress") instanceof jakarta.json.JsonNumber progress
                        && progress.doubleValue() >= 1.0)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new HostCrmException(LogId.TRYTON_NOT_SET_UP
                        + " Tryton has no work status at 100%", false));
        rpc.call("model.project.work.write", Json.createArrayBuilder().add(Json.createArrayBuilder()
                        .add(partyId(taskId))).add(Json.createObjectBuilder().add("progress", 1.0)
                        .add("status", done.getJsonNumber("id"))).add(Json.createObjectBuilder().add("company", company()))
                .build());
    }

    private long company() {
        JsonArray companies = (JsonArray) rpc.call("model.company.company.search", Json.createArrayBuilder()
                .add(JsonValue.EMPTY_JSON_ARRAY).add(0).add(1).add(order("id")).add(NO_CONTEXT).build());
        if (companies.isEmpty()) {
            throw new HostCrmException(LogId.TRYTON_NOT_SET_UP
                    + " Tryton has no company: project tasks need one", false);
        }
        return companies.getJsonNumber(0).longValue();
    }

    /** The parties of one keyset page (cursor excluded), by id. */
    private List<JsonObject> searchRead(JsonArray domain, String cursor, int limit) {
        JsonArrayBuilder keyset = Json.createArrayBuilder(domain);
        if (cursor != null) {
            keyset.add(clause("id", ">", cursorId(cursor)));
        }
        JsonArray rows = (JsonArray) rpc.call(PARTY + "search_read", Json.createArrayBuilder().add(keyset).add(0)
                .add(limit).add(order("id")).add(TrytonParties.fields()).add(NO_CONTEXT).build());
        return rows.getValuesAs(JsonObject.class);
    }

    /** The rows as contacts, each with its account: one more call for the page's "Employee of" relations. */
    private List<HostContact> contacts(List<JsonObject> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> row.getJsonNumber("id").longValue()).toList();
        JsonArray relations = (JsonArray) rpc.call("model.party.relation.all.search_read", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(clause("from_", "in", longs(ids)))
                        .add(clause("type.name", "=", settings.employeeRelation())))
                .add(0).add(JsonValue.NULL).add(order("id")).add(Json.createArrayBuilder().add("from_").add("to"))
                .add(NO_CONTEXT).build());
        Map<String, String> employer = new HashMap<>();
        relations.getValuesAs(JsonObject.class).forEach(relation -> employer.putIfAbsent(
                relation.getJsonNumber("from_").toString(), relation.getJsonNumber("to").toString()));
        return rows.stream().map(row -> TrytonParties.contact(row, employer.get(TrytonParties.id(row)))).toList();
    }

    private JsonArray viewDomain(String viewId) {
        JsonObject searches = (JsonObject) rpc.call("model.ir.ui.view_search.get_search",
                Json.createArrayBuilder().add(NO_CONTEXT).build());
        if (searches.get("party.party") instanceof JsonArray parties) {
            for (JsonArray search : parties.getValuesAs(JsonArray.class)) {
                if (search.get(0).toString().equals(viewId)) {
                    return search.getJsonArray(2);
                }
            }
        }
        throw new HostCrmException(LogId.TRYTON_NO_SAVED_SEARCH + " Tryton has no saved search " + viewId
                + " of parties", false);
    }

    /** Parties that are contacts: not organisations, not the party of a company. */
    private JsonArrayBuilder persons() {
        JsonArrayBuilder domain = Json.createArrayBuilder();
        organisationCategory.get().ifPresent(category -> domain.add(clause("categories", "not in",
                Json.createArrayBuilder().add(category).build())));
        if (!companyParties.get().isEmpty()) {
            domain.add(clause("id", "not in", longs(companyParties.get())));
        }
        return domain;
    }

    private JsonArrayBuilder organisations() {
        return Json.createArrayBuilder().add(clause("categories", "in",
                Json.createArrayBuilder().add(organisationCategory.get().orElse(-1L)).build()));
    }

    private Optional<Long> findOrganisationCategory() {
        JsonArray ids = (JsonArray) rpc.call("model.party.category.search", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(clause("name", "=", settings.organisationCategory())))
                .add(0).add(1).add(order("id")).add(NO_CONTEXT).build());
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.getJsonNumber(0).longValue());
    }

    private List<Long> findCompanyParties() {
        try {
            JsonArray companies = (JsonArray) rpc.call("model.company.company.search_read", Json.createArrayBuilder()
                    .add(JsonValue.EMPTY_JSON_ARRAY).add(0).add(JsonValue.NULL).add(order("id"))
                    .add(Json.createArrayBuilder().add("party")).add(NO_CONTEXT).build());
            return companies.getValuesAs(JsonObject.class).stream()
                    .map(company -> company.getJsonNumber("party").longValue()).toList();
        } catch (HostCrmException e) {
            if (e.isRetryable()) {
                throw e;
            }
            return List.of(); // no company module: every non-organisation party is a contact
        }
    }

    private static <T> Page<T> page(List<T> items, boolean more, java.util.function.Function<T, String> id) {
        return new Page<>(items, more && !items.isEmpty() ? id.apply(items.get(items.size() - 1)) : null);
    }

    private static JsonArray clause(String field, String operator, Object value) {
        JsonArrayBuilder clause = Json.createArrayBuilder().add(field).add(operator);
        if (value instanceof JsonValue json) {
            clause.add(json);
        } else if (value instanceof Long number) {
            clause.add(number);
        } else {
            clause.add(value.toString());
        }
        return clause.build();
    }

    private static JsonArray order(String field) {
        return Json.createArrayBuilder().add(Json.createArrayBuilder().add(field).add("ASC")).build();
    }

    private static JsonArray longs(Collection<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    private static Long idOrNull(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : null;
    }

    private static long partyId(String id) {
        Long value = idOrNull(id);
        if (value == null) {
            throw new HostCrmException("not a Tryton id: " + id, false);
        }
        return value;
    }

    private static long cursorId(String cursor) {
        Long value = idOrNull(cursor);
        if (value == null) {
            throw new HostCrmException("not a Tryton cursor: " + cursor, false);
        }
        return value;
    }

    /** A value looked up once, on first use (after a failure, again at the next use). */
    private static final class Cached<T> {
        private final Supplier<T> lookup;
        private volatile T value;

        Cached(Supplier<T> lookup) {
            this.lookup = lookup;
        }

        T get() {
            T current = value;
            if (current == null) {
                current = lookup.get();
                value = current;
            }
            return current;
        }
    }
}

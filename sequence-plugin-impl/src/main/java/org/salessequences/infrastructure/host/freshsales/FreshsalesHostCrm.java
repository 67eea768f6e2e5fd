package org.salessequences.infrastructure.host.freshsales;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.inject.Vetoed;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.salessequences.application.validation.ConditionGroupReader;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.condition.ConditionEvaluator;
import org.salessequences.domain.model.condition.ConditionField;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.condition.FieldScope;
import org.salessequences.infrastructure.json.JsonTrees;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostCallBudget;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.HostTask;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;
import org.salessequences.spi.host.RecordType;
import org.salessequences.spi.host.SavedView;

/**
 * Freshsales behind the {@link HostCrm} port.
 *
 * <p>Paging: Freshsales pages views by number ({@code page}, {@code per_page} up to {@value #MAX_PER_PAGE},
 * {@code meta.total_pages}); the cursor is the next page number. A filter without a saved view lists the
 * "All Contacts" (or "All Accounts") view. Filter conditions are checked here on each page with the condition
 * engine, except those on the contact's account, which would cost a call per contact: then the page is a superset,
 * as the port allows. Thread-safe; the only state is a cache of view and activity-type ids.
 */
@Vetoed
public class FreshsalesHostCrm implements HostCrm {

    static final int MAX_PER_PAGE = 100;
    static final String ALL_CONTACTS = "All Contacts";
    static final String ALL_ACCOUNTS = "All Accounts";

    private final FreshsalesClient client;
    private final Map<String, String> cachedIds = new ConcurrentHashMap<>();

    public FreshsalesHostCrm(FreshsalesSettings settings, HostCallBudget budget) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.timeout()).build(),
                duration -> Thread.sleep(duration.toMillis()), budget);
    }

    FreshsalesHostCrm(FreshsalesSettings settings, HttpClient http, FreshsalesClient.Sleeper sleeper,
                      HostCallBudget budget) {
        this.client = new FreshsalesClient(settings, http, sleeper, budget);
    }

    /** The contact filters answer when the URL and the API key are right (one call). */
    @Override
    public void probe() {
        filters("contacts");
    }

    @Override
    public Optional<HostContact> findContact(String contactId) {
        return client.get("contacts/" + encode(contactId) + "?include=sales_accounts")
                .map(body -> FreshsalesMapping.contact(body.getJsonObject("contact")));
    }

    /** One filtered search per {@value #MAX_PER_PAGE} ids rather than a call per contact. */
    @Override
    public List<HostContact> findContacts(Collection<String> contactIds) {
        List<String> ids = contactIds.stream().distinct().toList();
        List<HostContact> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_PER_PAGE) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + MAX_PER_PAGE));
            found.addAll(search(FreshsalesSearch.rule("id", slice), 1, MAX_PER_PAGE).items());
        }
        return found;
    }

    @Override
    public Optional<HostContact> findContactByEmail(String email) {
        return search(FreshsalesSearch.rule("contact_email.email", List.of(email)), 1, MAX_PER_PAGE).items().stream()
                .filter(contact -> email.equalsIgnoreCase(contact.email())).findFirst();
    }

    @Override
    public Optional<HostAccount> findAccount(String accountId) {
        return client.get("sales_accounts/" + encode(accountId))
                .map(body -> FreshsalesMapping.account(body.getJsonObject("sales_account")));
    }

    @Override
    public Page<HostContact> contacts(RecordFilter filter, String cursor, int size) {
        String viewId = filter.savedViewId() != null ? filter.savedViewId() : defaultView("contacts", ALL_CONTACTS);
        ConditionGroup conditions = conditions(filter);
        return page("contacts/view/" + encode(viewId), "contacts", cursor, size, FreshsalesMapping::contact,
                contact -> ConditionEvaluator.matches(conditions, field -> field.scope() == FieldScope.CONTACT_CUSTOM
                        ? contact.customFields().get(field.name()) : contact.property(field.name())));
    }

    @Override
    public Page<HostAccount> accounts(RecordFilter filter, String cursor, int size) {
        String viewId = filter.savedViewId() != null ? filter.savedViewId()
                : defaultView("sales_accounts", ALL_ACCOUNTS);
        ConditionGroup conditions = conditions(filter);
        return page("sales_accounts/view/" + encode(viewId), "sales_accounts", cursor, size, FreshsalesMapping::account,
                account -> ConditionEvaluator.matches(conditions, field -> field.scope() == FieldScope.ACCOUNT_CUSTOM
                        ? account.customFields().get(field.name()) : account.property(field.name())));
    }

    @Override
    public Page<HostContact> contactsOfAccount(String accountId, String cursor, int size) {
        // Freshsales finds the contacts associated with the account; the port wants those whose primary account it is.
        Page<HostContact> page = search(FreshsalesSearch.rule("sales_account_id", List.of(accountId)),
                pageNumber(cursor), size);
        return new Page<>(page.items().stream().filter(contact -> accountId.equals(contact.accountId())).toList(),
                page.nextCursor());
    }

    @Override
    public List<SavedView> savedViews() {
        List<SavedView> views = new ArrayList<>();
        filters("contacts").forEach(filter -> views.add(new SavedView(FreshsalesMapping.text(filter, "id"),
                FreshsalesMapping.text(filter, "name"), RecordType.CONTACT)));
        filters("sales_accounts").forEach(filter -> views.add(new SavedView(FreshsalesMapping.text(filter, "id"),
                FreshsalesMapping.text(filter, "name"), RecordType.ACCOUNT)));
        return views;
    }

    /**
     * Reads the contact's custom fields and writes the whole map back with the plugin's fields changed: Freshsales
     * replaces {@code custom_field} on PUT, so writing only the plugin's fields would drop the contact's others.
     */
    @Override
    public void updateContact(String contactId, ContactUpdate update) {
        JsonObject contact = client.get("contacts/" + encode(contactId))
                .map(body -> body.getJsonObject("contact"))
                .orElseThrow(() -> new HostCrmException(LogId.FRESHSALES_NOT_FOUND + " Freshsales has no contact "
                        + contactId, false));
        client.write("PUT", "contacts/" + encode(contactId), FreshsalesMapping.contactUpdate(contact, update));
    }

    @Override
    public void logActivity(String contactId, HostActivity activity) {
        Instant at = activity.at() == null ? Instant.now() : activity.at();
        String notes = activity.outcome() == null ? activity.note()
                : "Outcome: " + activity.outcome() + (activity.note() == null ? "" : "\n" + activity.note());
        JsonObjectBuilder body = JsonTrees.object()
                .add("title", activity.title() == null ? activity.type() : activity.title())
                .add("start_date", at.toString())
                .add("end_date", at.toString())
                .add("targetable_type", "Contact")
                .add("targetable_id", FreshsalesMapping.id(contactId))
                .add("sales_activity_type_id", FreshsalesMapping.id(activityTypeId(activity.type())));
        addIfPresent(body, "notes", notes);
        if (activity.ownerId() != null) {
            body.add("owner_id", FreshsalesMapping.id(activity.ownerId()));
        }
        client.write("POST", "sales_activities", JsonTrees.object().add("sales_activity", body).build());
    }

    @Override
    public String createTask(HostTask task) {
        JsonObjectBuilder body = JsonTrees.object()
                .add("title", task.title())
                .add("targetable_type", "Contact")
                .add("targetable_id", FreshsalesMapping.id(task.contactId()));
        addIfPresent(body, "description", task.note());
        if (task.dueAt() != null) {
            body.add("due_date", task.dueAt().toString());
        }
        if (task.ownerId() != null) {
            body.add("owner_id", FreshsalesMapping.id(task.ownerId()));
        }
        JsonObject created = client.write("POST", "tasks", JsonTrees.object().add("task", body).build());
        String id = created.get("task") instanceof JsonObject object ? FreshsalesMapping.text(object, "id") : null;
        if (id == null) {
            throw new HostCrmException(LogId.FRESHSALES_TASK_WITHOUT_ID
                    + " Freshsales created a task without telling its id", false);
        }
        return id;
    }

    /** Freshsales marks a task done with {@code status: 1}; the outcome and note stay with the plugin. */
    @Override
    public void completeTask(String taskId, String outcome, String note) {
        client.write("PUT", "tasks/" + encode(taskId), JsonTrees.object()
                .add("task", JsonTrees.object().add("status", 1)).build());
    }

    private <T> Page<T> page(String path, String member, String cursor, int size, Function<JsonObject, T> mapping,
                             Predicate<T> keep) {
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("page size must be 1..1000, not " + size);
        }
        int page = pageNumber(cursor);
        JsonObject body = client.get(path + "?page=" + page + "&per_page=" + Math.min(size, MAX_PER_PAGE))
                .orElseThrow(() -> new HostCrmException(LogId.FRESHSALES_NOT_FOUND + " Freshsales has no "
                        + path, false));
        List<T> items = new ArrayList<>();
        JsonArray records = body.containsKey(member) ? body.getJsonArray(member) : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonObject record : records.getValuesAs(JsonObject.class)) {
            T item = mapping.apply(record);
            if (keep.test(item)) {
                items.add(item);
            }
        }
        int totalPages = body.get("meta") instanceof JsonObject meta ? meta.getInt("total_pages", page) : page;
        return new Page<>(items, page < totalPages && !records.isEmpty() ? Integer.toString(page + 1) : null);
    }

    /** A page of {@code POST /filtered_search/contact} (documented; pages by {@code page}/{@code per_page}). */
    private Page<HostContact> search(JsonObject rule, int page, int size) {
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("page size must be 1..1000, not " + size);
        }
        JsonObject body = client.write("POST", "filtered_search/contact",
                FreshsalesSearch.body(rule, page, Math.min(size, MAX_PER_PAGE)));
        JsonArray records = body.containsKey("contacts") ? body.getJsonArray("contacts") : JsonValue.EMPTY_JSON_ARRAY;
        List<HostContact> items = records.getValuesAs(JsonObject.class).stream().map(FreshsalesMapping::contact).toList();
        int totalPages = body.get("meta") instanceof JsonObject meta ? meta.getInt("total_pages", page) : page;
        return new Page<>(items, page < totalPages && !records.isEmpty() ? Integer.toString(page + 1) : null);
    }

    private static int pageNumber(String cursor) {
        if (cursor == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(cursor);
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new HostCrmException("not a Freshsales cursor: " + cursor, false);
    }

    /** The filter's own conditions, those on the record itself; account fields of contacts are left to the caller. */
    private static ConditionGroup conditions(RecordFilter filter) {
        Violations violations = new Violations();
        ConditionGroup group = ConditionGroupReader.read("", filter.conditions(), filter.match(), false, violations);
        if (group == null) {
            throw new HostCrmException("the filter's conditions are invalid: " + violations.errors(), false);
        }
        boolean readsOtherRecords = group.conditions().stream().map(condition -> condition.field())
                .map(ConditionField::scope).anyMatch(scope -> scope == FieldScope.ACCOUNT || scope == FieldScope.ACCOUNT_CUSTOM);
        return readsOtherRecords ? ConditionGroup.ALWAYS : group;
    }

    private String defaultView(String module, String name) {
        return cachedIds.computeIfAbsent("view:" + module, key -> {
            List<JsonObject> filters = filters(module);
            return filters.stream().filter(filter -> name.equalsIgnoreCase(FreshsalesMapping.text(filter, "name")))
                    .findFirst()
                    .or(() -> filters.stream().filter(filter -> filter.getBoolean("is_default", false)).findFirst())
                    .map(filter -> FreshsalesMapping.text(filter, "id"))
                    .orElseThrow(() -> new HostCrmException(LogId.FRESHSALES_NOT_SET_UP + " Freshsales has no \""
                            + name + "\" view", false));
        });
    }

    private String activityTypeId(String type) {
        return cachedIds.computeIfAbsent("activity:" + type.toLowerCase(Locale.ROOT), key -> {
            JsonObject body = client.get("selector/sales_activity_types").orElse(JsonObject.EMPTY_JSON_OBJECT);
            JsonArray types = body.containsKey("sales_activity_types") ? body.getJsonArray("sales_activity_types")
                    : JsonValue.EMPTY_JSON_ARRAY;
            return types.getValuesAs(JsonObject.class).stream()
                    .filter(candidate -> type.equalsIgnoreCase(FreshsalesMapping.text(candidate, "name")))
                    .map(candidate -> FreshsalesMapping.text(candidate, "id")).findFirst()
                    .orElseThrow(() -> new HostCrmException(LogId.FRESHSALES_NOT_SET_UP
                            + " Freshsales has no sales activity type \"" + type
                            + "\": add it in Freshsales (Admin settings, Sales activities)", false));
        });
    }

    private List<JsonObject> filters(String module) {
        JsonObject body = client.get(module + "/filters").orElse(JsonObject.EMPTY_JSON_OBJECT);
        return body.containsKey("filters") ? body.getJsonArray("filters").getValuesAs(JsonObject.class) : List.of();
    }

    private static void addIfPresent(JsonObjectBuilder body, String name, String value) {
        if (value != null) {
            body.add(name, value);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}

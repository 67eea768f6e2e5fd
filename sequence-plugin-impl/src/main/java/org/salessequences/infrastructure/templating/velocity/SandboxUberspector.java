package org.salessequences.infrastructure.templating.velocity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity's introspection, cut down to what a message template needs: reading keys of the maps it is given
 * ({@code $contact.firstName}, {@code $contact.fields['Company size']}) and iterating lists. No method of any
 * object can be called, no getter is looked up by reflection and nothing can be set on a model object, so even
 * a template that never went through {@link TemplateSandbox} cannot reach {@code getClass()} or a class loader.
 * What a key or index lookup returns is bounded like every other value of a rendering ({@link ValueSize}).
 */
public class SandboxUberspector extends UberspectImpl {

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) {
        // $map['key'] and $list[0] are index lookups that Velocity performs through get(...): the only method
        // a template can reach, and only on the maps and lists of its own model.
        boolean indexLookup = "get".equals(methodName) && args.length == 1
                && (target instanceof Map || target instanceof List);
        VelMethod get = indexLookup ? super.getMethod(target, methodName, args, info) : null;
        return get == null ? null : new BoundedIndexGet(get);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) {
        // Velocity would try a getter first ($map.class is getClass()); for a map, only the key is looked up.
        return target instanceof Map ? new MapKeyGet(identifier) : null;
    }

    @Override
    public VelPropertySet getPropertySet(Object target, String identifier, Object arg, Info info) {
        return null;
    }

    @Override
    public Iterator<?> getIterator(Object target, Info info) {
        if (target instanceof Collection || target instanceof Map || (target != null && target.getClass().isArray())) {
            return super.getIterator(target, info);
        }
        return null;
    }

    /** Reads one key of a map, and nothing else. */
    private record MapKeyGet(String key) implements VelPropertyGet {

        @Override
        public Object invoke(Object target) {
            return ValueSize.requireBounded(((Map<?, ?>) target).get(key));
        }

        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public String getMethodName() {
            return "get";
        }
    }

    /** {@code $map['key']} or {@code $list[0]}, refusing an item too large for a rendering. */
    private record BoundedIndexGet(VelMethod get) implements VelMethod {

        @Override
        public Object invoke(Object target, Object[] args) throws IllegalAccessException, InvocationTargetException {
            return ValueSize.requireBounded(get.invoke(target, args));
        }

        @Override
        public boolean isCacheable() {
            return get.isCacheable();
        }

        @Override
        public String getMethodName() {
            return get.getMethodName();
        }

        @Override
        public Method getMethod() {
            return get.getMethod();
        }

        @Override
        public Class<?> getReturnType() {
            return get.getReturnType();
        }
    }
}

package io.switchboard.infrastructure.plugin;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Hands a host object to a plugin as its SPI interface and nothing more: a proxy whose class is
 * defined in the plugin's own class loader, so {@code getClass().getClassLoader()} leads back to
 * the plugin, never to the application; the host class cannot be cast to or introspected through
 * its public methods. Only the SPI interface's methods are forwarded, SPI interfaces it returns
 * are wrapped the same way, and the host's exceptions reach the plugin as plain JDK exceptions
 * carrying their message only (their classes and causes belong to the application).
 */
public final class SpiFacade implements InvocationHandler {

    private static final String SPI_PACKAGE = "io.switchboard.plugin";

    private final Object target;
    private final ClassLoader pluginLoader;

    private SpiFacade(Object target, ClassLoader pluginLoader) {
        this.target = target;
        this.pluginLoader = pluginLoader;
    }

    /** {@code target} seen through {@code spi} alone, defined in {@code pluginLoader}. */
    public static <T> T wrap(Class<T> spi, T target, ClassLoader pluginLoader) {
        if (target == null || Proxy.isProxyClass(target.getClass())) {
            return target;
        }
        return spi.cast(
                Proxy.newProxyInstance(pluginLoader, new Class<?>[] {spi}, new SpiFacade(target, pluginLoader)));
    }

    /** Wraps for the plugin whose code runs on this thread (its loader is the context class loader during calls). */
    public static <T> T forCurrentPlugin(Class<T> spi, T target) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (!(loader instanceof PluginContextLoader context)) {
            return target;
        }
        ClassLoader plugin = context.plugin();
        if (plugin == null) {
            throw new IllegalStateException("the plugin version running on this thread has unloaded");
        }
        return wrap(spi, target, plugin);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> proxy.getClass().getInterfaces()[0].getSimpleName() + " (host)";
            };
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw plain(e.getCause());
        }
        return wrapsResult(method) ? wrapResult(method.getReturnType(), result) : result;
    }

    private static boolean wrapsResult(Method method) {
        Class<?> type = method.getReturnType();
        return type.isInterface() && type.getPackageName().startsWith(SPI_PACKAGE);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object wrapResult(Class type, Object result) {
        return wrap(type, result, pluginLoader);
    }

    /** The failure as the plugin may see it: its own class if it is the JDK's or the SPI's, else its message. */
    private static Throwable plain(Throwable failure) {
        if (failure == null) {
            return new IllegalStateException("the host failed");
        }
        boolean shareable = failure.getClass().getClassLoader() == null
                || failure.getClass().getPackageName().startsWith(SPI_PACKAGE);
        if (shareable && failure.getCause() == null) {
            return failure;
        }
        String message = String.valueOf(failure.getMessage());
        return failure instanceof IllegalArgumentException
                ? new IllegalArgumentException(message)
                : new IllegalStateException(message);
    }
}

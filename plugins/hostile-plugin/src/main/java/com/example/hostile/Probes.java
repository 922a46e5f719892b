package com.example.hostile;

import io.switchboard.plugin.PluginContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Each probe tries one way into the host and answers what it got: "blocked" (with why) or
 * "REACHED" (with what). The report is one {@code name=outcome} line per probe.
 */
final class Probes {

    private static final String APP_CLASS = "io.switchboard.infrastructure.plugin.SecretBox";
    private static final List<String> KEY_NAMES = List.of(
            "switchboard-secrets.key",
            "resources/security/switchboard-secrets.key",
            "/resources/security/switchboard-secrets.key",
            "security/switchboard-secrets.key",
            "../resources/security/switchboard-secrets.key",
            "META-INF/microprofile-config.properties");

    private Probes() {}

    static String report(PluginContext context) {
        ClassLoader own = Probes.class.getClassLoader();
        Map<String, Callable<String>> probes = new LinkedHashMap<>();
        probes.put("context-class-loader", () -> {
            ClassLoader tccl = Thread.currentThread().getContextClassLoader();
            boolean ours = tccl.loadClass(Probes.class.getName()) == Probes.class;
            return ours ? blocked("the context loader gives the plugin's own classes") : reached(String.valueOf(tccl));
        });
        probes.put(
                "app-class-via-context-loader",
                () -> load(Thread.currentThread().getContextClassLoader(), APP_CLASS));
        probes.put("app-class-via-own-loader", () -> load(own, APP_CLASS));
        probes.put("app-class-via-context-object", () -> load(context.getClass().getClassLoader(), APP_CLASS));
        probes.put(
                "app-class-via-gateway", () -> load(context.tickets().getClass().getClassLoader(), APP_CLASS));
        probes.put("app-class-via-state", () -> load(context.state().getClass().getClassLoader(), APP_CLASS));
        probes.put(
                "app-class-via-outbound-guard",
                () -> load(context.outbound().getClass().getClassLoader(), APP_CLASS));
        probes.put("context-beyond-spi", () -> beyondSpi(context));
        probes.put("cdi-api", () -> load(own, "jakarta.enterprise.inject.spi.CDI"));
        probes.put("ejb-api", () -> load(own, "jakarta.ejb.EJBContext"));
        probes.put("persistence-api", () -> load(own, "jakarta.persistence.EntityManager"));
        probes.put("transaction-api", () -> load(own, "jakarta.transaction.UserTransaction"));
        probes.put("json-implementation", () -> load(own, "org.eclipse.parsson.JsonProviderImpl"));
        probes.put("jndi-bean-manager", Probes::jndiBeanManager);
        probes.put("secrets-key-as-resource", () -> keyAsResource(context));
        StringBuilder out = new StringBuilder();
        probes.forEach(
                (name, probe) -> out.append(name).append('=').append(run(probe)).append('\n'));
        return out.toString();
    }

    private static String run(Callable<String> probe) {
        try {
            return probe.call();
        } catch (Throwable t) {
            return blocked(t.getClass().getSimpleName());
        }
    }

    private static String load(ClassLoader loader, String className) {
        try {
            Class<?> c = Class.forName(className, false, loader);
            return reached(c.getName() + " from " + c.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return blocked("no class " + className);
        }
    }

    /** Whether the context object offers public methods beyond PluginContext's (a host class the plugin could use). */
    private static String beyondSpi(PluginContext context) {
        Set<String> spi = names(PluginContext.class.getMethods());
        spi.addAll(names(Object.class.getMethods()));
        Set<String> offered = names(context.getClass().getMethods());
        offered.removeAll(spi);
        if (context instanceof Record) {
            offered.add("record " + context.getClass().getName());
        }
        return offered.isEmpty() ? blocked("only PluginContext's methods") : reached(String.join(",", offered));
    }

    private static Set<String> names(java.lang.reflect.Method[] methods) {
        // instance methods only: a JDK proxy class also lists java.lang.reflect.Proxy's static helpers
        return java.util.Arrays.stream(methods)
                .filter(m -> !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
                .map(java.lang.reflect.Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String jndiBeanManager() throws Exception {
        Class<?> initialContext = Class.forName("javax.naming.InitialContext", true, null);
        Object naming = initialContext.getConstructor().newInstance();
        try {
            Object found = initialContext.getMethod("lookup", String.class).invoke(naming, "java:comp/BeanManager");
            return found == null
                    ? blocked("nothing bound")
                    : reached(found.getClass().getName());
        } catch (java.lang.reflect.InvocationTargetException e) {
            return blocked(e.getCause().getClass().getSimpleName());
        }
    }

    private static String keyAsResource(PluginContext context) {
        List<ClassLoader> loaders = List.of(
                Probes.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader(),
                context.getClass().getClassLoader());
        for (ClassLoader loader : loaders) {
            for (String name : KEY_NAMES) {
                if (loader.getResource(name) != null) {
                    return reached(name + " through " + loader);
                }
            }
        }
        return blocked("no loader the plugin holds finds it");
    }

    private static String blocked(String why) {
        return "blocked (" + why + ")";
    }

    private static String reached(String what) {
        return "REACHED " + what;
    }
}

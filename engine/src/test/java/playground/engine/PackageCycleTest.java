package playground.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages depend on each other one way only. The check reads the compiled classes (their constant
 * pools name every class they use), so comments do not count and nothing can hide behind a fully qualified name.
 */
class PackageCycleTest {
    private static final Path CLASSES = Path.of("target", "classes", "playground", "engine");
    private static final String PREFIX = "playground/engine/";

    @Test
    void enginePackagesFormNoCycle() throws IOException {
        Map<String, Map<String, Set<String>>> graph = dependencies();
        assertTrue(graph.size() >= 10, "found the compiled packages: " + graph.keySet());
        List<String> cycles = new ArrayList<>();
        for (String from : graph.keySet()) {
            for (String to : graph.get(from).keySet()) {
                List<String> back = path(graph, to, from, new TreeSet<>());
                if (back != null) {
                    cycles.add(from + " -> " + String.join(" -> ", back) + " (" + from + " uses "
                            + graph.get(from).get(to) + ")");
                }
            }
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    @Test
    void theLowestPackagesUseNoOtherEnginePackage() throws IOException {
        Map<String, Map<String, Set<String>>> graph = dependencies();
        assertEquals(Set.of(), graph.get("math").keySet(), "math");
        assertEquals(Set.of(), graph.get("text").keySet(), "text");
    }

    /** A path of packages from {@code from} to {@code to}, or null. */
    private static List<String> path(Map<String, Map<String, Set<String>>> g, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return new ArrayList<>(List.of(to));
        }
        if (!seen.add(from) || !g.containsKey(from)) {
            return null;
        }
        for (String next : g.get(from).keySet()) {
            List<String> rest = path(g, next, to, seen);
            if (rest != null) {
                rest.add(0, from);
                return rest;
            }
        }
        return null;
    }

    /** package → (package it uses → the classes that use it). */
    static Map<String, Map<String, Set<String>>> dependencies() throws IOException {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        try (var walk = Files.walk(CLASSES)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                String pkg = CLASSES.relativize(p).getName(0).toString();
                if (p.getParent().equals(CLASSES)) {
                    continue; // classes of the root package (none in main)
                }
                Map<String, Set<String>> uses = graph.computeIfAbsent(pkg, k -> new TreeMap<>());
                for (String s : utf8Constants(p)) {
                    int at = s.indexOf(PREFIX);
                    while (at >= 0) {
                        int end = s.indexOf('/', at + PREFIX.length());
                        if (end > 0) {
                            String other = s.substring(at + PREFIX.length(), end);
                            if (!other.equals(pkg)) {
                                uses.computeIfAbsent(other, k -> new TreeSet<>()).add(p.getFileName().toString());
                            }
                        }
                        at = s.indexOf(PREFIX, at + 1);
                    }
                }
            }
        }
        return graph;
    }

    /** The UTF-8 entries of a class file's constant pool (JVMS §4.4). */
    private static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(classFile); DataInputStream d = new DataInputStream(in)) {
            d.readInt(); // magic
            d.readUnsignedShort();
            d.readUnsignedShort();
            int count = d.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = d.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(d.readUTF());
                    case 7, 8, 16, 19, 20 -> d.readUnsignedShort();
                    case 15 -> {
                        d.readUnsignedByte();
                        d.readUnsignedShort();
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> d.readInt();
                    case 5, 6 -> {
                        d.readLong();
                        i++; // a long or double takes two slots
                    }
                    default -> throw new IOException(classFile + ": unknown constant tag " + tag);
                }
            }
        }
        return out;
    }
}

package dev.kiji.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lazily walks a directory depth-first, entries of each directory sorted by name (String order),
 * so the order is the same on every machine. Hidden entries (name starting with '.') are skipped.
 * Symbolic links are followed; a link back to a directory on the current path is skipped, so loops
 * terminate. Only one directory's names are held per level of depth.
 *
 * <p>Yields a {@link Found} for every regular file matching the include globs, and also for every
 * matching entry that cannot be read as a file (broken link, special file, unlistable directory),
 * with {@code problem} set, so nothing is lost silently.
 */
final class DirectoryWalker extends Lookahead<DirectoryWalker.Found> {
    /** A file below the root: its path, path relative to the root with '/', and a problem or null. */
    record Found(Path path, String relative, String problem) {
    }

    private record Frame(Path dir, Path real, String relative, List<String> names, int[] index) {
    }

    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Set<Path> ancestors = new HashSet<>();
    private final List<PathMatcher> byName = new ArrayList<>();
    private final List<PathMatcher> byPath = new ArrayList<>();
    private Found first; // the root's own problem entry, if any, before anything below it

    DirectoryWalker(Path root, List<String> include) {
        for (String glob : include) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            (glob.contains("/") ? byPath : byName).add(m);
        }
        first = enter(root, "");
    }

    @Override
    protected Found advance() {
        Found f = first;
        first = null;
        while (f == null && !stack.isEmpty()) {
            f = step();
        }
        return f;
    }

    private Found step() {
        Frame top = stack.peek();
        if (top.index()[0] >= top.names().size()) {
            stack.pop();
            ancestors.remove(top.real());
            return null;
        }
        String name = top.names().get(top.index()[0]++);
        Path path = top.dir().resolve(name);
        String rel = top.relative().isEmpty() ? name : top.relative() + "/" + name;
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            boolean link = Files.isSymbolicLink(path);
            return included(name, rel) ? new Found(path, rel, link ? "broken symbolic link" : "cannot stat: " + Problems.describe(e))
                    : null;
        }
        if (attrs.isDirectory()) {
            return enter(path, rel);
        }
        if (!included(name, rel)) {
            return null;
        }
        return new Found(path, rel, attrs.isRegularFile() ? null : "not a regular file");
    }

    /** Pushes a directory; returns a problem entry when it cannot be listed. */
    private Found enter(Path dir, String rel) {
        Path real = realPath(dir);
        if (real == null || !ancestors.add(real)) {
            return null; // a symbolic link loop: everything below was or is being walked
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String n = p.getFileName().toString();
                if (!n.startsWith(".")) {
                    names.add(n);
                }
            }
        } catch (IOException e) {
            ancestors.remove(real);
            return new Found(dir, rel, "cannot list directory: " + Problems.describe(e));
        }
        Collections.sort(names);
        stack.push(new Frame(dir, real, rel, names, new int[1]));
        return null;
    }

    private boolean included(String name, String rel) {
        if (byName.isEmpty() && byPath.isEmpty()) {
            return true;
        }
        for (PathMatcher m : byName) {
            if (m.matches(Path.of(name))) {
                return true;
            }
        }
        for (PathMatcher m : byPath) {
            if (m.matches(Path.of(rel))) {
                return true;
            }
        }
        return false;
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }
}

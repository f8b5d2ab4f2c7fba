package dev.kiji.pipeline;

import dev.kiji.doc.Document;
import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Layer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes each document to the branch of stages for its language. Each branch is checked like a
 * pipeline of its own; the composite produces only what every branch produces.
 */
public final class ByLanguage implements Stage {
    private final Map<String, List<Stage>> branches;
    private final Set<Layer> requires;
    private final Set<Layer> produces;

    public ByLanguage(Map<String, List<Stage>> branches) {
        if (branches.isEmpty()) {
            throw new PipelineException("ByLanguage needs at least one branch");
        }
        this.branches = new LinkedHashMap<>();
        EnumSet<Layer> req = EnumSet.of(Layer.LANGUAGE);
        EnumSet<Layer> prod = null;
        for (Map.Entry<String, List<Stage>> e : branches.entrySet()) {
            List<Stage> stages = List.copyOf(e.getValue());
            this.branches.put(e.getKey(), stages);
            EnumSet<Layer> branchProd = EnumSet.noneOf(Layer.class);
            for (Stage s : stages) {
                for (Layer l : s.requires()) {
                    if (!branchProd.contains(l)) {
                        req.add(l);
                    }
                }
                branchProd.addAll(s.produces());
            }
            if (prod == null) {
                prod = branchProd;
            } else {
                prod.retainAll(branchProd);
            }
        }
        this.requires = Set.copyOf(req);
        this.produces = Set.copyOf(prod);
    }

    @Override
    public String name() {
        return "by-language" + branches.keySet();
    }

    @Override
    public Set<Layer> requires() {
        return requires;
    }

    @Override
    public Set<Layer> produces() {
        return produces;
    }

    /** The branch for a language, for running with timings by {@link Pipeline}. */
    List<Stage> branch(Document doc) {
        List<Stage> b = branches.get(doc.lang());
        if (b == null) {
            throw new DocumentException(ErrorCode.UNSUPPORTED_LANGUAGE,
                    "no pipeline for language '" + doc.lang() + "'");
        }
        return b;
    }

    @Override
    public Document process(Document doc) {
        Document d = doc;
        for (Stage s : branch(doc)) {
            d = s.process(d);
        }
        return d;
    }
}

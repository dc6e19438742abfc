package dev.visionbook.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves {@code group:artifact:version} with its runtime dependencies, as Maven would, from Maven
 * Central (or the repositories configured) into the local repository, with Maven's own resolver.
 *
 * <p>Threading: one resolution at a time (magics run on the shell thread).
 */
final class MavenResolver implements AutoCloseable {

    private final Path localRepository;
    private final List<String> repositories;
    private RepositorySystem system;

    MavenResolver(Path localRepository, List<String> repositories) {
        this.localRepository = localRepository;
        this.repositories = List.copyOf(repositories);
    }

    /** The jars of the artifacts and of their runtime dependencies, downloaded if need be. */
    List<Path> resolve(List<String> coordinates) {
        CollectRequest collect = new CollectRequest();
        for (String coordinate : coordinates) {
            try {
                collect.addDependency(new Dependency(new DefaultArtifact(coordinate), JavaScopes.RUNTIME));
            } catch (IllegalArgumentException e) {
                throw new MagicException("\"" + coordinate + "\" is not a Maven coordinate: write group:artifact:version,"
                        + " for example %maven org.apache.commons:commons-lang3:3.17.0");
            }
        }
        collect.setRepositories(remoteRepositories());
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setSystemProperties(System.getProperties())
                .build()) {
            DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
                if (result.getArtifact() != null && result.getArtifact().getPath() != null) {
                    jars.add(result.getArtifact().getPath());
                }
            }
            return jars;
        } catch (DependencyResolutionException e) {
            String reason = e.getMessage() == null ? "unknown reason" : e.getMessage().lines().findFirst().orElse("");
            throw new MagicException("Could not resolve " + String.join(", ", coordinates) + " from "
                    + String.join(", ", repositories) + ": " + reason + ". Check the coordinates and the network.", e);
        }
    }

    private List<RemoteRepository> remoteRepositories() {
        List<RemoteRepository> remotes = new ArrayList<>();
        for (int i = 0; i < repositories.size(); i++) {
            String id = i == 0 ? "central" : "repository-" + i;
            remotes.add(new RemoteRepository.Builder(id, "default", repositories.get(i)).build());
        }
        return remotes;
    }

    @Override
    public void close() {
        if (system != null) {
            system.shutdown();
        }
    }
}

#if os(Linux)
    import Glibc
#endif

/// Runs one child process in its own process group with a clean environment, feeds it standard input, reads
/// standard output and error up to their caps, and kills the whole group at the deadline.
///
/// The group is always killed with SIGKILL once the run ends (by exit, timeout or cap), so nothing the plugin
/// started survives it, and every process of the group that is the host's child is reaped.
enum ChildProcess {
    static func run(_ spec: ProcessSpec) throws(SpawnError) -> ProcessOutcome {
        #if os(Linux)
            _ = SpawnSupport.becameSubreaper
            let pipes = try Pipes()
            let pid: pid_t
            do {
                pid = try spawn(spec, pipes: pipes)
            } catch {
                pipes.closeAll()
                throw error
            }
            pipes.closeChildEnds()
            var session = ChildSession(pid: pid, pipes: pipes, spec: spec)
            return session.run()
        #else
            throw SpawnError(message: "Pluginer kan bara köras på Linux.")
        #endif
    }

    #if os(Linux)
        private static func spawn(_ spec: ProcessSpec, pipes: Pipes) throws(SpawnError) -> pid_t {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, pipes.inputChild, 0)
            posix_spawn_file_actions_adddup2(&actions, pipes.outputChild, 1)
            posix_spawn_file_actions_adddup2(&actions, pipes.logChild, 2)
            SpawnSupport.addClosefrom(&actions, 3)
            let chdirResult = SpawnSupport.addChdir(&actions, spec.workingDirectory)
            guard chdirResult == 0 else {
                throw SpawnError(message: "kan inte byta arbetskatalog för processen (fel \(chdirResult)).")
            }

            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            // A new process group whose id is the child's pid, so the whole group can be killed at once; signal
            // handling back to defaults and nothing blocked, whatever the host does with SIGPIPE.
            var signals = sigset_t()
            sigemptyset(&signals)
            posix_spawnattr_setsigmask(&attributes, &signals)
            for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGUSR1, SIGUSR2, SIGALRM] {
                sigaddset(&signals, signal)
            }
            posix_spawnattr_setsigdefault(&attributes, &signals)
            posix_spawnattr_setpgroup(&attributes, 0)
            let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
            posix_spawnattr_setflags(&attributes, Int16(flags))

            let argv = ([spec.executable] + spec.arguments).map { strdup($0) } + [nil]
            let envp = spec.environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                argv.forEach { free($0) }
                envp.forEach { free($0) }
            }
            var pid: pid_t = 0
            let result = posix_spawn(&pid, spec.executable, &actions, &attributes, argv, envp)
            guard result == 0 else {
                throw SpawnError(message: "processen kunde inte startas: \(String(cString: strerror(result))).")
            }
            return pid
        }
    #endif
}

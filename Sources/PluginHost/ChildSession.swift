#if os(Linux)
    import Glibc

    /// The I/O loop of one running child: writes input, reads output and log, enforces caps and the deadline,
    /// then kills and reaps the process group.
    struct ChildSession {
        private let pid: pid_t
        private let pipes: Pipes
        private let spec: ProcessSpec
        private let clock = ContinuousClock()
        private let started: ContinuousClock.Instant
        private var inputOffset = 0
        private var inputOpen = true
        private var outputOpen = true
        private var logOpen = true
        private var output: [UInt8] = []
        private var log: [UInt8] = []

        init(pid: pid_t, pipes: Pipes, spec: ProcessSpec) {
            self.pid = pid
            self.pipes = pipes
            self.spec = spec
            started = clock.now
        }

        mutating func run() -> ProcessOutcome {
            let stopReason = pump()
            if inputOpen { close(pipes.inputHost) }
            close(pipes.outputHost)
            close(pipes.logHost)
            // The leader is still unreaped here (a zombie at worst), so its pid, and with it the group id, cannot
            // have been reused: killing the group cannot hit an unrelated process.
            kill(-pid, SIGKILL)
            let status = reapLeader()
            reapGroup()
            let termination: ProcessOutcome.Termination
            if let stopReason {
                termination = stopReason
            } else if status & 0x7f == 0 {
                termination = .exited((status >> 8) & 0xff)
            } else {
                termination = .signaled(status & 0x7f)
            }
            return ProcessOutcome(termination: termination, output: output, log: log, duration: clock.now - started)
        }

        /// Runs until the child has exited and its output is drained (nil), or a reason to kill it.
        private mutating func pump() -> ProcessOutcome.Termination? {
            let deadline = started + spec.deadline
            if spec.input.isEmpty { closeInput() }
            while true {
                let now = clock.now
                if now >= deadline { return .timedOut }
                if leaderHasExited() {
                    // Everything the child wrote is in the pipes; a grandchild holding them open must not stall us.
                    return drain()
                }
                var descriptors: [pollfd] = []
                if inputOpen { descriptors.append(pollfd(fd: pipes.inputHost, events: Int16(POLLOUT), revents: 0)) }
                if outputOpen { descriptors.append(pollfd(fd: pipes.outputHost, events: Int16(POLLIN), revents: 0)) }
                if logOpen { descriptors.append(pollfd(fd: pipes.logHost, events: Int16(POLLIN), revents: 0)) }
                let remaining = deadline - now
                let milliseconds = min(
                    50,
                    max(
                        1,
                        Int32(remaining.components.seconds * 1000)
                            + Int32(remaining.components.attoseconds / 1_000_000_000_000_000)))
                if descriptors.isEmpty {
                    usleep(UInt32(min(milliseconds, 5)) * 1000)
                    continue
                }
                guard poll(&descriptors, nfds_t(descriptors.count), milliseconds) > 0 else { continue }
                for descriptor in descriptors where descriptor.revents != 0 {
                    if descriptor.fd == pipes.inputHost {
                        writeInput()
                    } else if let reason = readAvailable(from: descriptor.fd) {
                        return reason
                    }
                }
            }
        }

        private mutating func drain() -> ProcessOutcome.Termination? {
            for descriptor in [pipes.outputHost, pipes.logHost] {
                if let reason = readAvailable(from: descriptor) { return reason }
            }
            return nil
        }

        private mutating func writeInput() {
            let remaining = spec.input.count - inputOffset
            let written = spec.input.withUnsafeBytes { buffer in
                send(
                    pipes.inputHost, buffer.baseAddress! + inputOffset, min(remaining, 1 << 16),
                    Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            if written > 0 {
                inputOffset += written
                if inputOffset == spec.input.count { closeInput() }
            } else if written < 0, errno != EAGAIN, errno != EINTR {
                // The plugin closed its standard input (EPIPE): it may still answer, so keep reading.
                closeInput()
            }
        }

        private mutating func closeInput() {
            guard inputOpen else { return }
            close(pipes.inputHost)
            inputOpen = false
        }

        /// Reads until the descriptor would block or ends; returns a reason when a cap is passed.
        private mutating func readAvailable(from descriptor: Int32) -> ProcessOutcome.Termination? {
            let isOutput = descriptor == pipes.outputHost
            guard isOutput ? outputOpen : logOpen else { return nil }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    if isOutput {
                        output += chunk[0..<count]
                        if output.count > spec.maximumOutputBytes { return .outputTooLarge }
                    } else {
                        log += chunk[0..<count]
                        if log.count > spec.maximumLogBytes { return .logTooLarge }
                    }
                } else if count < 0, errno == EINTR {
                    continue
                } else if count < 0, errno == EAGAIN {
                    return nil
                } else {
                    if isOutput { outputOpen = false } else { logOpen = false }
                    return nil
                }
            }
        }

        /// Whether the leader has exited, without reaping it (so its pid stays reserved).
        private func leaderHasExited() -> Bool {
            var info = siginfo_t()
            let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
            return result == 0 && info._sifields._sigchld.si_pid == pid
        }

        private func reapLeader() -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            return status
        }

        /// Reaps the group's other members that were re-parented to the host (see ``SpawnSupport``), for at most
        /// a second; SIGKILL has already been sent to all of them.
        private func reapGroup() {
            let limit = clock.now + .seconds(1)
            var status: Int32 = 0
            while clock.now < limit {
                let result = waitpid(-pid, &status, WNOHANG)
                if result > 0 { continue }
                if result < 0, errno == EINTR { continue }
                if result < 0 { return }  // ECHILD: none left.
                usleep(1000)
            }
        }
    }
#endif

#if os(Linux)
    import Glibc

    /// The three descriptor pairs of a child process. Every host-side descriptor is close-on-exec and non-blocking.
    ///
    /// Standard input is a socket pair rather than a pipe so the host can write with `MSG_NOSIGNAL`: a plugin
    /// that exits without reading its input must not kill the host with SIGPIPE.
    struct Pipes {
        let inputHost: Int32
        let inputChild: Int32
        let outputHost: Int32
        let outputChild: Int32
        let logHost: Int32
        let logChild: Int32

        init() throws(SpawnError) {
            var socketPair: [Int32] = [-1, -1]
            var output: [Int32] = [-1, -1]
            var log: [Int32] = [-1, -1]
            let streamType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
            guard socketpair(AF_UNIX, streamType, 0, &socketPair) == 0 else {
                let message = String(cString: strerror(errno))
                throw SpawnError(message: "kan inte skapa kanal för standard in: \(message).")
            }
            guard SpawnSupport.pipeCloseOnExec(&output) == 0, SpawnSupport.pipeCloseOnExec(&log) == 0 else {
                let message = String(cString: strerror(errno))
                (socketPair + output + log).filter { $0 >= 0 }.forEach { close($0) }
                throw SpawnError(message: "kan inte skapa rör för standard ut/fel: \(message).")
            }
            // Descriptors 0–2 may be free when the host itself runs without standard input; the child-side ends
            // must not land there, or dup2 onto themselves would keep close-on-exec set.
            inputHost = Self.aboveStandard(socketPair[0])
            inputChild = Self.aboveStandard(socketPair[1])
            outputHost = Self.aboveStandard(output[0])
            outputChild = Self.aboveStandard(output[1])
            logHost = Self.aboveStandard(log[0])
            logChild = Self.aboveStandard(log[1])
            for descriptor in [inputHost, outputHost, logHost] {
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            }
        }

        private static func aboveStandard(_ descriptor: Int32) -> Int32 {
            guard descriptor < 3 else { return descriptor }
            let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, 3)
            guard moved >= 0 else { return descriptor }
            close(descriptor)
            return moved
        }

        func closeChildEnds() {
            [inputChild, outputChild, logChild].forEach { close($0) }
        }

        func closeAll() {
            [inputHost, inputChild, outputHost, outputChild, logHost, logChild].forEach { close($0) }
        }
    }
#endif

#if os(Linux)
    import Glibc

    /// glibc functions that Swift's Glibc module does not import, looked up once by name.
    enum SpawnSupport {
        private typealias AddChdir =
            @convention(c) (
                UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
            ) -> Int32
        private typealias AddClosefrom =
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
        private typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32

        private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
            dlsym(dlopen(nil, RTLD_NOW), name)
        }

        /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29+).
        static func addChdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ path: String) -> Int32 {
            guard let pointer = symbol("posix_spawn_file_actions_addchdir_np") else { return ENOSYS }
            return unsafeBitCast(pointer, to: AddChdir.self)(actions, path)
        }

        /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34+); a no-op when missing, because the host's
        /// own descriptors are close-on-exec anyway.
        static func addClosefrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) {
            guard let pointer = symbol("posix_spawn_file_actions_addclosefrom_np") else { return }
            _ = unsafeBitCast(pointer, to: AddClosefrom.self)(actions, lowest)
        }

        /// `pipe2(fds, O_CLOEXEC)`, or `pipe` followed by `FD_CLOEXEC` where `pipe2` is missing.
        static func pipeCloseOnExec(_ descriptors: inout [Int32]) -> Int32 {
            if let pointer = symbol("pipe2") {
                return unsafeBitCast(pointer, to: Pipe2.self)(&descriptors, O_CLOEXEC)
            }
            guard pipe(&descriptors) == 0 else { return -1 }
            descriptors.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
            return 0
        }

        /// Makes this process a child subreaper (`PR_SET_CHILD_SUBREAPER`), once.
        ///
        /// When a plugin's process dies, its own children (the grandchildren) are re-parented to the nearest
        /// subreaper instead of PID 1. Container init processes often never reap, so without this a killed
        /// grandchild would linger as a zombie; with it, the host reaps the plugin's whole process group.
        static let becameSubreaper: Bool = {
            guard let pointer = symbol("prctl") else { return false }
            return unsafeBitCast(pointer, to: Prctl.self)(36, 1, 0, 0, 0) == 0
        }()
    }
#endif

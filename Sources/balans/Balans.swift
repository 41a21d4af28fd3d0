import ArgumentParser

/// The one executable: every role (node, hub, operator commands, demo) is a subcommand.
@main
struct Balans: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balans",
        abstract: "Balans – produktions- och kapacitetsstyrning (PKS) för regioner.",
        version: "0.1.0",
        subcommands: [
            ImportCommand.self, StatusCommand.self, ForecastCommand.self, NodeCommand.self, GenerateCommand.self,
            DemoCommand.self,
            FeedsCommand.self, PluginCommand.self, BenchForecastCommand.self, PlanningCommand.self,
            BenchPlanCommand.self, HubCommand.self, UserCommand.self, FollowUpCommand.self,
            BackupCommand.self, RestoreCommand.self,
            SyncCommand.self,
            CapacityExchangeCommand.self,
        ]
    )
}

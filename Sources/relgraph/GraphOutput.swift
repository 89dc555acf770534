import ArgumentParser
import Foundation
import RelationGraph

/// Every command's output, by the output rules (README, "Output rules"): graphs in the format
/// the user asked for, files and standard output with write errors reported as exit 74 and a
/// closed pipe ending the command quietly.
enum GraphOutput {
    /// Writes a graph in `format`, or the one the path's extension names; `-` is standard
    /// output, in the format `format` names.
    static func write(_ graph: Graph, to path: String, format: GraphFormat?) throws {
        let chosen: GraphFormat
        do { chosen = try GraphFormat.chosen(forPath: path, requested: format) } catch {
            throw CommandFailure(error.description, status: .usage)
        }
        do {
            try GraphFormat.write(graph, toPath: path, format: chosen)
        } catch let error as OutputError {
            if error.isClosedPipe { endQuietlyOnClosedPipe() }
            throw CommandFailure(error.naming(path), status: .cannotWrite)
        } catch {
            throw CommandFailure("cannot write \(path): \(error)", status: .cannotWrite)
        }
        let place = path == "-" ? "standard output" : path
        printError("wrote \(graph.entities.count) entities and \(graph.relations.count) relations to \(place) (\(chosen.rawValue))")
    }

    /// Writes bytes to the file at `path`, `-` being standard output.
    static func writeFile(_ data: Data, to path: String) throws {
        do { try OutputFile.write(data, toPath: path) } catch {
            if error.isClosedPipe { endQuietlyOnClosedPipe() }
            throw CommandFailure(error.naming(path), status: .cannotWrite)
        }
    }

    /// Exit status after a closed pipe: the one a process killed by SIGPIPE reports to a shell.
    static let closedPipeStatus: Int32 = 141

    /// Ends the process without a message: the reader of standard output has gone (`| head`).
    static func endQuietlyOnClosedPipe() -> Never { _exit(closedPipeStatus) }

    /// Makes every command report a failed write to standard output (text printed with
    /// `print` and flushed at exit) with exit 74, and a closed pipe with a quiet exit.
    static func checkStandardOutputAtExit() {
        atexit {
            guard let failure = StandardOutput.finish() else { return }
            if failure.isClosedPipe { GraphOutput.endQuietlyOnClosedPipe() }
            printError("error: \(failure)")
            _exit(CommandFailure.Status.cannotWrite.rawValue)
        }
    }
}

extension OutputError {
    /// The message, with `path` as the user typed it (a library path may be resolved or absolute).
    func naming(_ path: String) -> String {
        var copy = self
        copy.path = path
        return copy.description
    }
}

extension GraphFormat: ExpressibleByArgument {}

/// The `--to` help text, listing what each format keeps.
let graphFormatHelp = ArgumentHelp(
    "Output format; by default from the output's extension (none: a graph folder).",
    discussion: GraphFormat.allCases.map { "\($0.rawValue): \($0.carries)" }.joined(separator: "\n"),
    valueName: "format")

import Foundation
import Testing

/// Checks that moved from the commands into the library calls they guard: the commands report
/// the library's typed errors as usage errors (64), in its words.
@Suite("relgraph: argument checks made by the library")
struct LibraryCheckCommandTests {
    @Test("common, gaps and path refuse one entity for both ends alike")
    func oneEntityForBothEnds() throws {
        for command in ["common", "gaps", "path", "separate"] {
            let r = try CLIRunner.run([command, "molotov", "molotov"])
            #expect(r.status == 64, "\(command)")
            #expect(r.stderr.contains("the two ends are the same entity (vyacheslav-molotov); give two different entities"), "\(command): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test("neighbors refuses to avoid its own centre")
    func neighborsAvoidingTheCentre() throws {
        let r = try CLIRunner.run(["neighbors", "molotov", "--avoid", "molotov"])
        #expect(r.status == 64)
        #expect(r.stderr.hasSuffix("\nerror: cannot avoid the centre entity itself\n"))
    }
}

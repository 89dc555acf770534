import ArgumentParser
import RelationGraph

extension PathQuery.TieBreak: ExpressibleByArgument {}

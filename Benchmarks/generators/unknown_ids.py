#!/usr/bin/env python3
"""Writes a graph folder whose relations all name unknown entity ids, for timing validation.

    python3 Benchmarks/generators/unknown_ids.py OUT [--entities 10000] [--relations 100000] [--seed 11]
    time .build/release/relgraph validate --quiet --graph OUT > /dev/null

Entities get ids like `person-4711-k3f`; each relation's subject is a one-character typo of a
random entity id (so suggestions have something to find) and its object an id no entity is near.
The same seed writes the same bytes.
"""
import argparse
import os
import random
import string


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--entities", type=int, default=10000)
    parser.add_argument("--relations", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    letters = string.ascii_lowercase + string.digits
    ids = [f"person-{n}-{''.join(rng.choice(letters) for _ in range(3))}" for n in range(args.entities)]
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "entities.csv"), "w") as f:
        f.write("id,kind,name\n")
        for n, i in enumerate(ids):
            f.write(f"{i},person,Person {n}\n")

    def typo(word):
        k = rng.randrange(len(word))
        return word[:k] + rng.choice("xyz") + word[k + 1:]

    with open(os.path.join(args.out, "relations.csv"), "w") as f:
        f.write("subject,predicate,object\n")
        for n in range(args.relations):
            subject = typo(rng.choice(ids)).replace("-", "x", 0)
            if subject in ids:
                subject += "q"
            unknown = "".join(rng.choice(string.ascii_lowercase) for _ in range(12))
            f.write(f"{subject},met,{unknown}-{n}\n")


if __name__ == "__main__":
    main()

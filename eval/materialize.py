#!/usr/bin/env python3
"""Rebuild a blind set's raw/ from the git mirrors listed in its SOURCES.tsv (stdlib only).

Usage: python3 eval/materialize.py SET_DIR [MIRROR_ROOT] [--out RAW_DIR]   (SET_DIR: eval/blind or eval/blind2;
RAW_DIR defaults to SET_DIR/raw, which git ignores: the articles are third-party text and stay out of the repo)
MIRROR_ROOT defaults to /work/.mirror; each repo owner/name is looked up as
MIRROR_ROOT/owner+name/repo (the layout `fetch` produces), falling back to
MIRROR_ROOT/owner+name and MIRROR_ROOT/owner/name(.git).
Each file is written with the exact bytes of `git show COMMIT:PATH`.
"""
import argparse, os, subprocess, sys

def git_dir(root, repo):
    owner, name = repo.split("/", 1)
    for cand in (os.path.join(root, owner + "+" + name, "repo", ".git"), os.path.join(root, owner + "+" + name, "repo"),
                 os.path.join(root, owner + "+" + name),
                 os.path.join(root, owner, name + ".git"), os.path.join(root, owner, name)):
        if os.path.isdir(cand):
            return cand
    sys.exit("no mirror for %s under %s" % (repo, root))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir")
    ap.add_argument("mirror_root", nargs="?", default="/work/.mirror")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    a.out = a.out or os.path.join(a.set_dir, "raw")
    a.sources = os.path.join(a.set_dir, "SOURCES.tsv")
    os.makedirs(a.out, exist_ok=True)
    n = 0
    with open(a.sources, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        assert header == ["file", "repo", "commit", "path"], header
        for line in fh:
            if not line.strip():
                continue
            fname, repo, commit, path = line.rstrip("\n").split("\t")
            if "#" in path:
                sys.exit("row-cut sources are not used in this set: " + path)
            data = subprocess.run(["git", "--git-dir=" + git_dir(a.mirror_root, repo), "show", commit + ":" + path],
                                  check=True, stdout=subprocess.PIPE).stdout
            with open(os.path.join(a.out, fname), "wb") as out:
                out.write(data)
            n += 1
    print("wrote %d files to %s" % (n, a.out))

if __name__ == "__main__":
    main()

/**
 * Writing an output file so that a failed or interrupted write never leaves part of a file where
 * the previous one was. The content goes to a temporary file in the same folder, which is renamed
 * over the target only when all of it is written and flushed to disk. The write-file-atomic package
 * (6.0.0) does the same but takes the content as one string or buffer, and a large monitor is
 * written in pieces here to keep the tool's peak memory low.
 */

import { randomBytes } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import { access, chmod, chown, open, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, sep } from 'node:path';

/** Maximum number of symbolic links followed from the target, as Linux allows for one path. */
const MAX_LINK_HOPS = 40;

/** Signals that stop the tool by default and that a handler can catch: Ctrl+C, `kill`, a closed terminal. */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Folder whose entries are links to the open file descriptors of a process, as `/dev/stdout` leads to on Linux. */
const DESCRIPTOR_FOLDER = /^\/proc\/[^/]+\/fd\//;

/**
 * Writes `content` to `path` by way of a temporary file `.wijkmonitor-<random>.tmp` beside it. A
 * string iterable is written piece by piece. On any error the temporary file is removed, the target
 * stays as it was, and the error is rethrown.
 *
 * Some targets are written in place instead: one that exists and is no regular file (a FIFO, a
 * terminal, a device such as `/dev/null`), and a path that leads to an open file descriptor
 * (`/dev/stdout`, `/dev/fd/3`). A rename would put a regular file where the FIFO or device was.
 *
 * A symbolic link at `path` is followed, so the file it points to is replaced and the link stays.
 * An existing target keeps its permission bits, and its owner and group when the tool runs as root.
 * Writing still needs permission to write the target itself, as writing it in place would.
 *
 * When SIGINT, SIGTERM or SIGHUP arrives during the write, the temporary file is removed and the
 * signal is sent again, so the process still ends by that signal.
 *
 * NOTE: SIGKILL or a power loss can leave the temporary file behind. The target is then the old file
 * or the new one, never part of one.
 */
export async function writeFileAtomically(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  const target = await findRealPath(path);
  if (existing !== null && (!existing.isFile() || DESCRIPTOR_FOLDER.test(target))) {
    await writeInPlace(path, content);
    return;
  }
  if (existing !== null) {
    await access(target, constants.W_OK);
  }

  // A short fixed name, so that the temporary name fits wherever the target's name fits.
  const temporary = join(dirname(target), `.wijkmonitor-${randomBytes(6).toString('hex')}.tmp`);
  const removeAndStop = (signal: NodeJS.Signals) => {
    rmSync(temporary, { force: true });
    // `once` has removed this listener, so the signal now takes its default action.
    process.kill(process.pid, signal);
  };
  // The listeners come first: a signal that arrived between creating the file and adding them
  // would end the tool by default and leave the file behind.
  for (const signal of STOP_SIGNALS) process.once(signal, removeAndStop);
  let created = false;
  try {
    const handle = await open(temporary, 'wx');
    created = true;
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing !== null) {
      await chmod(temporary, existing.mode & 0o7777);
      if (process.getuid?.() === 0) await chown(temporary, existing.uid, existing.gid);
    }
    await rename(temporary, target);
  } catch (error) {
    // A file of that name that `open` found already there belongs to another run.
    if (created) await rm(temporary, { force: true });
    throw error;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, removeAndStop);
  }
}

/** Writes `content` through the file at `path` itself, as shell redirection does. */
async function writeInPlace(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

/** Returns whether writing `path` writes to the standard output of this process, as `/dev/stdout` does on Linux. */
export async function leadsToStandardOutput(path: string): Promise<boolean> {
  const target = await findRealPath(path).catch(() => null);
  return target === `/proc/${process.pid}/fd/1`;
}

/**
 * Returns the path where writing `path` puts the file: its folder as `fs.realpath` returns it, and
 * symbolic links at the last name followed. The target itself need not exist, but its folder must.
 * The folder is resolved by the kernel, so `link/../m.json` lands beside the folder the link points
 * to, as `open` would put it, not in the current folder.
 */
export async function findRealPath(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < MAX_LINK_HOPS; hops++) {
    const folder = await realpath(dirname(current));
    current = join(folder, basename(current));
    if (DESCRIPTOR_FOLDER.test(current)) {
      // The link leads to a pipe, socket or deleted file, so `/proc/<pid>/fd/<n>` is the only path to it.
      return current;
    }
    let link: string;
    try {
      link = await readlink(current);
    } catch (error) {
      // EINVAL: the path is no symbolic link. ENOENT: nothing is there yet.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT') return current;
      throw error;
    }
    // Joined as text without normalising, so that the next realpath resolves any `..` in the link.
    current = isAbsolute(link) ? link : `${folder}${sep}${link}`;
  }
  throw Object.assign(new Error(`Too many symbolic links: ${path}`), { code: 'ELOOP' });
}

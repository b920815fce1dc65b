import type { Request, Response } from 'express';
import { provenanceOf, type Provenance } from '../../cluster/provenance.js';
import type { ClusterAppearances } from '../../store/cluster-reads.js';
import { NotFoundError } from '../../store/errors.js';
import type { AppContext } from '../context.js';
import { clusterFlags } from '../cluster-words.js';
import { idParam } from '../params.js';

function provenanceFor(ctx: AppContext, req: Request): { cluster: ClusterAppearances; provenance: Provenance } {
  const id = idParam(req);
  const cluster = ctx.store.clusterAppearances(id);
  const provenance = provenanceOf(cluster.appearances);
  if (!provenance) throw new NotFoundError(`no cluster ${id}`);
  return { cluster, provenance };
}

/** GET /clusters/:id — one statement's appearances in time order, each compared with the earliest. */
export function showCluster(ctx: AppContext, req: Request, res: Response): void {
  const { cluster, provenance } = provenanceFor(ctx, req);
  res.render('cluster', {
    title: cluster.group === 'claim' ? 'One claim across articles' : 'One quotation across articles',
    cluster,
    provenance,
    flags: clusterFlags(provenance),
  });
}

/** GET /api/clusters/:id — the same as JSON: every appearance with its flags and word-level diff. */
export function apiCluster(ctx: AppContext, req: Request, res: Response): void {
  const { cluster, provenance: p } = provenanceFor(ctx, req);
  res.json({
    id: cluster.id,
    group: cluster.group,
    size: cluster.total,
    articles: p.articles,
    earliest: { attributionId: p.earliest.attributionId, articleId: p.earliest.articleId, outlet: p.earliest.outlet, date: p.earliest.published ?? p.earliest.ingestedAt },
    differentSpeakers: p.differentSpeakers,
    changedWording: p.changedWording,
    significant: p.significant,
    appearances: p.entries.map((e) => ({
      attributionId: e.attributionId,
      articleId: e.articleId,
      articleTitle: e.articleTitle,
      outlet: e.outlet,
      published: e.published,
      ingestedAt: e.ingestedAt,
      url: e.url,
      kind: e.kind,
      text: e.text,
      speaker: { id: e.speakerId, name: e.speakerName, mention: e.speakerMention },
      reportedBy: e.reportedBy,
      earliest: e.earliest,
      differentSpeaker: e.differentSpeaker,
      changedWording: e.changedWording,
      significant: e.significant,
      diff: e.diff?.parts ?? null,
    })),
  });
}

"""Streaming the main job over corpora of any size: stages, executors, output, resume.

:mod:`~translate.stream.stages` holds the stage functions any engine can call;
:mod:`~translate.stream.local` runs them in one process, :mod:`~translate.stream.ray_data`
on Ray Data; :mod:`~translate.stream.sink` (JSON lines) and :mod:`~translate.stream.parquet`
write the results as they are produced and :mod:`~translate.stream.journal` makes a killed
run resumable; :mod:`~translate.stream.collect` keeps what the end of a run needs (counts,
the first documents; grouping's digests and claims in a spool on disk, so memory does not
grow with the corpus) and :mod:`~translate.stream.rows` reads a large run's claims back on
demand; :mod:`~translate.stream.timing` says where the time went, stage by stage.
Entry point: :func:`translate.pipeline.run_to` (``translate.run_to``).
"""

"""Streaming the main job over corpora of any size: stages, executors, output, resume.

:mod:`~translate.stream.stages` holds the stage functions any engine can call;
:mod:`~translate.stream.local` runs them in one process, :mod:`~translate.stream.ray` on
Ray Data; :mod:`~translate.stream.sink` and :mod:`~translate.stream.journal` write the
results as they are produced and make a killed run resumable. Entry point:
:func:`translate.pipeline.run_to`.
"""

"""Demo and evaluation, off the production path: the simulated authority (`authority`), its clock
(`clock`), the demo runner (`runner`) and the evaluation over real stores (`evaluation`)."""

"""Entry point for spark-submit (and `python -m warta.spark`): the `warta spark` command.

    spark-submit --master local[2] "$(python -c 'import warta.spark.__main__ as m; print(m.__file__)')" \
        INPUT... --out DIR
"""

from warta.cli_spark import spark_cli

if __name__ == "__main__":
    spark_cli(prog_name="warta spark")

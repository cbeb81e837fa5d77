package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.BlockCallOffs;
import uk.council.procurement.calloff.boundary.BlockView;

/** The provider's own block call-offs, on its contracts page. */
@Named
@ViewScoped
public class MyBlocks implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient BlockCallOffs blocks;

    private List<BlockView> rows = List.of();

    @PostConstruct
    void init() {
        rows = blocks.mine();
    }

    public List<BlockView> getRows() {
        return rows;
    }
}
